# complex('...') parsing and complex errors.
for s in ["1+2j", "1-2j", "-1.5-2.5j", "j", "-j", "+j", "2j", "3", " 3+4j ", "(1+2j)", "( 1+2j )", "1e3+1e-3j", "1_0+2_0j", "infj",
          "-inf+nanj", "NaN", "1.j", ".5j", "1+J", "1E2J"]:
    print(repr(s), complex(s))
for s in ["", "1+", "1+2", "j1", "1+2jj", "1 + 2j", "(1+2j", "1+2j)", "()", "1+2i", "abc", "1__0j", "((1))", "1+-2j", "+-1j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex(None), lambda: complex([1]), lambda: 1j < 2j,
            lambda: 1j > 0, lambda: (1 + 2j) // 2, lambda: (1 + 2j) % 2, lambda: divmod(1j, 1), lambda: 1j / 0, lambda: 0j ** -1,
            lambda: int(1j), lambda: float(1j), lambda: round(1j), lambda: abs(complex(1e308, 1e308)), lambda: 1j ** 1e308,
            lambda: complex(b"1"), lambda: complex("1", imag=1)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
