# divmod, //, % with ints, floats, signs, zero and big values.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (10 ** 20, 7), (-(10 ** 20), 7), (10 ** 30, -(10 ** 15) - 3), (True, 2)]
for a, b in pairs:
    print(a, b, divmod(a, b), a // b, a % b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, 3), (-0.0, 3), (1e300, 1e-300), (5, 0.3), (3, float("inf")),
          (-3, float("inf")), (float("inf"), 3), (1.0, float("nan")), (-1e-320, 1.0)]
for a, b in fpairs:
    print(a, b, divmod(a, b), a // b, a % b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0), (10 ** 20, 0), (-1.5, -0.0)]:
    for op in [lambda: divmod(a, b), lambda: a // b, lambda: a % b, lambda: a / b]:
        try:
            print(op())
        except ZeroDivisionError as e:
            print(type(e).__name__, e)
for bad in [lambda: divmod("a", 1), lambda: divmod(1, "a"), lambda: divmod(1j, 1), lambda: divmod(1), lambda: 1 // "x", lambda: [] % 2]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
