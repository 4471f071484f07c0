# center/ljust/rjust/zfill/expandtabs.
for s in ["", "a", "ab", "abc", "abcd", "héllo"]:
    print([s.center(w) for w in range(0, 8)])
    print([s.center(w, "*") for w in range(0, 8)])
    print(repr(s.ljust(6, "-")), repr(s.rjust(6, "+")), repr(s.ljust(2)), repr(s.rjust(0)))
for s in ["42", "-42", "+42", "", "abc", "-", "+", "3.14", "-0.5", "0042", "--1"]:
    print(repr(s), [s.zfill(w) for w in [0, 1, 3, 5, 8]])
for s in ["a\tb", "\t", "ab\tcd\tef", "abcdefgh\ti", "x\ny\tz", "\t\t", "a\r\tb", "12345\t6"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, ""), lambda: "a".rjust("5"), lambda: "a".zfill("3"),
            lambda: "a".center(), lambda: "a".expandtabs(2.0)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
