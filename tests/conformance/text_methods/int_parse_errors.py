# int() errors: invalid literals, bad bases, bad underscores, non-string types.
cases = [("", 10), (" ", 10), ("abc", 10), ("1.5", 10), ("1e5", 10), ("_1", 10), ("1_", 10), ("1__0", 10), ("0x", 16), ("0x_", 16),
         ("08", 0), ("010", 0), ("0b2", 0), ("12", 2), ("9", 8), ("g", 16), ("--1", 10), ("+-1", 10), ("- 1", 10), ("1 2", 10),
         ("0o8", 8), ("z", 35), ("1", 1), ("1", 37), ("1", -1), ("0x10", 10), ("x", 0), ("\x00", 10), ("١x", 10), ("²", 10), ("½", 10),
         ("1" * 5000, 10), ("é", 10), ("12", 100)]
for s, base in cases:
    try:
        print(repr(s)[:30], base, int(s, base))
    except ValueError as e:
        print(repr(s)[:30], base, type(e).__name__, str(e)[:120])
for bad in [lambda: int(None), lambda: int([1]), lambda: int(1, 10), lambda: int(1.5, 10), lambda: int("1", "10"), lambda: int("1", 1.5),
            lambda: int(b"x"), lambda: int(b"1", 2.0), lambda: int(float("inf")), lambda: int(float("nan")), lambda: int("1", 10, 3),
            lambda: int(x="1"), lambda: int(1j), lambda: int(b"\xff")]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
