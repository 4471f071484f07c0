# Shifts and bitwise operators.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 100)
print((1 << 100) >> 98)
print(-16 >> 2, -17 >> 2, -1 << 5)
print(0xFFFF & 0x0F0F, 0xF0 | 0x0F, 0xFF ^ 0xAA)
print(-5 & 3, -5 | 3, -5 ^ 3)
print(~0, ~1, ~-5, ~(2 ** 70))
print((2 ** 70 - 1) & (2 ** 65 + 3))
print(True & True, True | False, 5 & True)
x = 1
for i in range(10):
    x <<= 1
print(x)
x >>= 3
print(x)
x &= 0b111
print(x)
x |= 0b1000
print(x)
x ^= 0b1111
print(x)
flags = 0
for bit in [0, 3, 5]:
    flags |= 1 << bit
print(flags, bin(flags))
print([bool(flags & (1 << i)) for i in range(6)])
print(1 << 2 + 1, (1 << 2) + 1)
print(6 & 3 == 2)
