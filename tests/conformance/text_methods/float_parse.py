# float(s): whitespace, underscores, inf/nan spellings, exponents and errors.
cases = ["1.5", " 1.5 ", "-2", "+3.", ".5", "5.", "1e3", "1E-3", "1_000.000_1", "1_0e1_0", "inf", "-inf", "+INF", "Infinity", "-iNfInItY",
         "nan", "-nan", "NaN", "+nan", "\t\n 2.5\r", "1e400", "-1e400", "1e-400", "0.0", "-0.0", "١.٥", "１.５",
         "\u2003 7 \u3000", "123456789012345678901234567890", "4.9e-324", "2.5e-324", "1.7976931348623157e308", "1.7976931348623159e308"]
for s in cases:
    v = float(s)
    print(repr(s), v, repr(v))
bad = ["", " ", "abc", "1.5.5", "1e", "e5", "1_", "_1", "1__0", "1._5", "1_.5", "in", "infinit", "nanx", "0x10", "1,5", "- 1", "1 e5",
       "++1", "1e+-5", "\x00", "inf_", ".", "1e_5", "é"]
for s in bad:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for v in [None, [1], "1j", b"1.5", bytearray(b"2.5"), 10 ** 400]:
    try:
        print(float(v))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(float(), float(True), float(10 ** 20), float("  -0  "))
