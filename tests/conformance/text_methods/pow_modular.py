# pow with two and three arguments, negative exponents and modular inverses.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.5, 2), pow(4, 0.5), pow(0, 0), pow(-8, 1 / 3), pow(10, 20), pow(-1, -3))
for base, exp, mod in [(2, 10, 1000), (3, 200, 13), (-3, 3, 7), (3, 3, -7), (-3, 3, -7), (5, 0, 1), (5, 0, 7), (0, 0, 7), (7, 100, 1),
                       (3, -1, 7), (3, -2, 7), (-3, -1, 7), (3, -1, -7), (10 ** 20 + 1, -1, 10 ** 9 + 7), (2, 10 ** 20, 10 ** 9 + 7),
                       (38, -1, 97), (True, 5, 3)]:
    print(base, exp, mod, pow(base, exp, mod), pow(base=base, exp=exp, mod=mod))
for bad in [lambda: pow(2, -1, 4), lambda: pow(0, -1, 5), lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 5.0),
            lambda: pow(0, -1), lambda: pow(0.0, -1), lambda: pow("2", 2), lambda: pow(2, 3, "5"),
            lambda: pow(10.0, 400), lambda: pow(2), lambda: pow(1j, 2, 3)]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(2 ** -2, (-2) ** -2, 0.0 ** 0, 2 ** 0.5, (-2.0) ** 2, 1 ** float("nan"), float("nan") ** 0, (-1.0) ** float("inf"))
