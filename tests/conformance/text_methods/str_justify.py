# center/ljust/rjust with fill characters, odd/even margins, wide characters.
for s in ["", "a", "ab", "abc", "abcd", "😀", "日本"]:
    for w in [-1, 0, 1, 4, 5, 6, 7]:
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "😀")), repr(s.center(w, "-")))
print(repr("x".center(4, "ß")), repr("ab".center(5, "\u0301")), repr("abc".ljust(True)), repr("abc".rjust(5, "\x00")))
for bad in [lambda: "a".center(), lambda: "a".center("5"), lambda: "a".center(5, ""), lambda: "a".center(5, "ab"),
            lambda: "a".ljust(5, 1), lambda: "a".rjust(5.0), lambda: "a".ljust(5, b"x"), lambda: "a".center(5, "x", 1),
            lambda: "a".rjust(width=5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), bytearray(b"x").center(3, b"."))
for bad in [lambda: b"a".center(5, "x"), lambda: b"a".ljust(5, b"xy"), lambda: b"a".rjust(5, 48)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
