from enum import IntEnum

class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3

print(Number.ONE, repr(Number.ONE), str(Number.TWO), format(Number.THREE))
print(f"{Number.TWO}", f"{Number.TWO:03d}", f"{Number.THREE:>4}|", '%d' % Number.THREE)
print(Number.ONE + Number.TWO, Number.THREE * 2, Number.TWO ** 3, -Number.ONE, Number.THREE // 2)
print(type(Number.ONE + 1).__name__)
print(Number.ONE == 1, Number(2), Number(3) is Number.THREE)
print(isinstance(Number.ONE, int), isinstance(Number.ONE, Number))
print(['a', 'b', 'c', 'd'][Number.TWO])
print(list(range(Number.THREE)))
print(int(Number.TWO), float(Number.TWO), Number.TWO.value, Number.TWO.name)
print(sum(Number), sorted([3, Number.ONE, 2]))
print(Number.THREE.bit_length(), Number.TWO.real)
print({1: 'one'}[Number.ONE])
print(hex(Number.THREE), bin(Number.TWO), abs(Number.ONE))
try:
    Number(4)
except ValueError as e:
    print(type(e).__name__, e)
