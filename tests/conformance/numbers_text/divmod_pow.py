# divmod, //, % and pow with signs, floats, big ints and a modulus.
def t(f, *args):
    try:
        print(f.__name__, args, "->", repr(f(*args)))
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(f.__name__, args, type(e).__name__, e)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 0), (7.5, 2), (-7.5, 2), (7, 0.0),
             (1e308, 1e-308), (10**30, 7), (-(10**30), 7), (True, 2), (3, True), (0.0, -1), (-0.0, 1)]:
    t(divmod, a, b)
for args in [(2, 10), (2, -1), (-2, -3), (0, 0), (0, -1), (2.0, 0.5), (-8, 1 / 3), (10, 20, 7),
             (3, -1, 7), (3, -2, 11), (2, -1, 4), (5, 0, 1), (5, 3, 0), (5, 3, -7), (-5, 3, 7),
             (2, 100, 10**9 + 7), (2.0, 3, 5), (4, 0.5), (-4, 0.5), (10, -300), (2, 1000, 10**20 + 39),
             (0.0, -1.0), (1e308, 2), (7, 1, -1), (12, -1, 18)]:
    t(pow, *args)
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 0.5, 4 ** 0.5, (-8) ** 2, 0 ** 0, 0.0 ** 0)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, 7.5 // 2, -7.5 % 2, 5 % 3.5, -0.0 % 5, 1e100 % 7)
print(10**20 // 3, -(10**20) // 3, 10**20 % -3, (2**64) % 10, divmod(2**100, 3**40))
for bad in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ["//", "%", "/"]:
        try:
            if op == "//":
                r = bad[0] // bad[1]
            elif op == "%":
                r = bad[0] % bad[1]
            else:
                r = bad[0] / bad[1]
        except ZeroDivisionError as e:
            print(bad, op, "ZeroDivisionError", e)
