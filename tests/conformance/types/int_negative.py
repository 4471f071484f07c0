# Negative integers: arithmetic, shifting, bitwise.
a = -7
b = 3
print(a + b, a - b, a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(abs(a), -a, +a)
print(a << 2, a >> 1, a >> 10)
print(a & 0xFF, a | 1, a ^ -1)
print(~a, ~0, ~-1)
print(-1 >> 100)
print(-(2 ** 100) >> 50)
print(-(2 ** 100) & 0xFFFF)
print((-5) ** 3, (-5) ** 2)
print(-5 ** 2)
print(divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(pow(-2, 61))
n = -1000
while n < 0:
    n += 333
    print(n)
print(max(-3, -1, -2), min(-3, -1, -2))
print(sorted([3, -1, -10, 5, 0, -2]))
