# zfill with signs, non-digits and widths.
for s in ["42", "-42", "+42", "", "-", "+", "abc", "-abc", "3.14", "-0.5", "1e5", "😀", "--1", "+-1", " -1", "١٢"]:
    print(repr(s), [s.zfill(w) for w in [-3, 0, 1, 2, 3, 5, 8]])
print(b"-42".zfill(6), b"+1".zfill(4), b"abc".zfill(5), bytearray(b"7").zfill(3), b"".zfill(2))
for bad in [lambda: "1".zfill(), lambda: "1".zfill("5"), lambda: "1".zfill(5.0), lambda: "1".zfill(5, 6), lambda: "1".zfill(width=3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
