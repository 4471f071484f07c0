# round() with and without ndigits: banker's rounding, negative ndigits, floats that are not exact.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 1e16 + 1, 2 ** 52 + 0.5, 1e300, -0.0, 0.0]:
    print(repr(v), round(v), type(round(v)).__name__, round(v, 0), round(v, 1), round(v, -1))
for v in [2.675, 1.005, 0.125, 0.375, 2.5, 1234.5678, -1234.5678, 1e-10, 5e-324, 1.7976931348623157e308]:
    print(repr(v), [round(v, n) for n in [-400, -3, -2, -1, 0, 1, 2, 3, 5, 400]])
for v in [0, 5, 15, 25, 35, -25, 125, 1234567, -1234567, 10 ** 30 + 5 * 10 ** 10, True]:
    print(v, round(v), [round(v, n) for n in [-12, -3, -2, -1, 0, 1, 5]], type(round(v, -1)).__name__)
print(round(2.5, None), round(7, None), round(float("inf"), 2), round(float("nan"), 1), round(-float("inf"), -1))
for bad in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.5, 1.5), lambda: round("1"), lambda: round(1, "2"),
            lambda: round(), lambda: round(1, 2, 3), lambda: round(1e300 * 10)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class R:
    def __round__(self, n=None):
        return "R" + str(n)
print(round(R()), round(R(), 3))
