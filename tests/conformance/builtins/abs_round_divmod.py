# abs, round (banker's rounding) and divmod over many values.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1e20, -7]:
    print(repr(v), round(v), round(v, 1), round(v, 2), abs(v))
for v in [1234.5678, -1234.5678, 0.0001234, 999.995]:
    print(round(v, -2), round(v, 0), round(v, 3), round(v))
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (17.5, 5), (2 ** 65, 3), (0, 7)]:
    print(a, b, divmod(a, b))
print(abs(-0.0), abs(-(2 ** 200)), abs(True), abs(-3.5e-10))
print(round(5), round(-5), round(0), type(round(5.0)).__name__, round(5.0, 0))
