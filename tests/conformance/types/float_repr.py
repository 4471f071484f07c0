# repr and str of floats (shortest round-trip repr).
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345.0,
          1e-7, 1e-4, 0.0001, 0.00001, 1 / 3, 2 / 3, 2.5e-300, 1.7976931348623157e308,
          5e-324, 1e22, 1e23, 3.14159, 100.0, 1.5, 2.675, 1e100, 123.456, 9.999999999999999e22]
for v in values:
    print(repr(v), str(v))
print(float("inf"), float("-inf"), float("nan"))
print(repr(float("inf")), repr(float("nan")))
print(float("1e22"), float("1.5"), float(" 2.25 "), float("-0"))
print(float("Infinity"), float("-iNF"))
print(float(10), float(-3), float(2 ** 60))
print(float(True))
x = 0.1
print(float(repr(x)) == x)
print(1e16 + 1, 1e15 + 1)
print(2.0 ** 0.5)
print(10.0 / 4, 10 / 4, 9 / 3)
print(0.1 * 3, 0.3)
print(1.1 * 1.1)
print(1e300 * 1e10)
print(-1e300 * 1e10)
print(float(2 ** 53), float(2 ** 53 + 1))
print(3.0, 3e0, 30e-1)
print(1234567.0, 12345678.0, 0.000123)
print([0.1, 1.5, -0.0], (2.5,))
print({1.0: "a", 2.5: "b"})
print(7.0 // 2, 7.0 % 2, -7.0 // 2, -7.0 % 2)
print((0.1).is_integer(), (2.0).is_integer())
print(int(1e16), int(-2.5))
