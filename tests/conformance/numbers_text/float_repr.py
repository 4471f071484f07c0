# repr/str of floats: shortest round-trip digits, exponent switch, special values.
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e15, 1e16, 1e17, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        9007199254740993.0, 3.141592653589793, 2.718281828459045, 100.0, 1e22, 1e23, 0.3, 1.1, 2.675,
        1234.5, -1e-10, 4.35, 0.57, 1e300 * 10]
for v in vals:
    print(repr(v), str(v), v.hex() if v == v and abs(v) != float("inf") else "-", v.is_integer(), float(repr(v)) == v)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(1e16 == 10**16, 0.1 * 3, 1.1 * 1.1, 1 / 7, 2 ** 0.5, 10 / 3, -7 / 2, 1e308 * 10, -1e308 * 10)
print(int(1e16), int(-1.9), int(2.5e20), float(12345678901234567890), 7.0 // 2, 7.0 % 2.5)
print(f"{0.1:.30f}", f"{1e-7:.20f}", "%.17g" % 0.1, "%r" % 0.1)
