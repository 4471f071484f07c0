# Big ints: bit_length, bit_count, shifts, huge powers, bitwise ops.
for v in [0, 1, -1, 255, 256, -256, 2**63 - 1, 2**63, -(2**63), 2**64, 10**30, -(10**30), 2**1000]:
    print(v.bit_length(), v.bit_count(), (abs(v) >> 3).bit_length())
x = 2**200 + 12345
print(x >> 100, x << 3, -x >> 7, -x << 2, x & 0xFFFF, x | 1, x ^ (2**200), ~x, -x & 0xFF)
print(1 << 100, (1 << 100) >> 100, -1 >> 1000, 5 >> 64, -5 >> 64, 1 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
print(3**200)
print(len(str(7**1000)), str(7**1000)[:30], str(7**1000)[-30:])
print(2**256 // 3**50, 2**256 % 3**50, (2**256) * (3**100) - 1)
print(-(2**100) // 7, -(2**100) % 7, (2**100) // -7)
print(int("9" * 60) + 1, int("9" * 60) * int("9" * 60))
print(hex(2**100), oct(2**70), bin(2**40 + 1), hex(-(2**65)))
print((10**50).__index__() == 10**50, abs(-(10**40)), -(-(10**40)), +(10**40))
print(2**64 == 2.0**64, 2**64 + 1 == 2.0**64, 2**53 + 1 > 2.0**53, float(2**100), 10**400 > 1e308)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
try:
    10**400 / 1
except OverflowError as e:
    print("OverflowError", e)
print(10**400 // 10**399, (10**400 + 5) % 10, 10**400 / 10**399)
print(max(2**100, 2**99), min(-(2**100), 5), sorted([2**70, -5, 2**64, 0]))
print((2**100).to_bytes(13, "big").hex(), sum([2**64] * 3), pow(2**100, 2, 10**9 + 7))
