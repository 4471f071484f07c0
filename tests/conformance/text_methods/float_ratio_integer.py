# float.is_integer and float.as_integer_ratio.
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 0.1, 0.75, 1e100, 1e-300, 5e-324, 2.0 ** 60, 123456.125, -3.25, 1.7976931348623157e308]:
    print(repr(v), v.is_integer(), v.as_integer_ratio())
for v in [float("inf"), float("-inf"), float("nan")]:
    print(repr(v), v.is_integer())
    try:
        print(v.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d & (d - 1) == 0, (2.5).conjugate(), (2.5).real, (2.5).imag, float.fromhex((0.1).hex()) == 0.1)
for bad in [lambda: (1.5).is_integer(1), lambda: (1.5).as_integer_ratio(2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
