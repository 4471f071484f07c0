# Exponentiation: negative exponents, big results, float powers.
for e in range(-3, 4):
    print(2, e, 2 ** e)
print(10 ** 50)
print(7 ** 77)
print((-3) ** 41)
print(2 ** 0.5, 2 ** -0.5)
print(9 ** 0.5, 27 ** (1 / 3))
print(1.5 ** 3, 1.1 ** 10)
print(0.5 ** -2)
print(pow(2, 10), pow(2, -1), pow(2.0, 3))
print(pow(3, 200, 1000), pow(7, 123456, 13), pow(-2, 5, 7))
print(pow(38, -1, 97))
print(10 ** 0, 0 ** 5, 1 ** 1000)
print(10.0 ** 20, 10.0 ** 21, 10.0 ** -5)
x = 3
x **= 4
print(x)
y = 2
y **= -2
print(y)
print((2 ** 64) ** 2)
print((-1) ** 2, (-1) ** 3)
