# count with start/end and overlapping patterns.
s = "aaaa bbb aaaa 😀😀😀"
for sub in ["a", "aa", "aaa", "b", " ", "", "😀", "😀😀", "x"]:
    print(repr(sub), s.count(sub), s.count(sub, 2), s.count(sub, 2, 8), s.count(sub, -6), s.count(sub, -100, 100),
          s.count(sub, 10, 5), s.count(sub, None, None), s.count(sub, 30))
print("".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 3), "abc".count("", 4), "abc".count("", 2, 1))
for bad in [lambda: s.count(), lambda: s.count(1), lambda: s.count("a", "b"), lambda: s.count(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"abab".count(b"ab"), b"aaa".count(b"a", 1), b"aaa".count(97), b"abc".count(b""), bytearray(b"xx").count(b"x"))
for bad in [lambda: b"a".count("a"), lambda: b"a".count(256), lambda: b"a".count(-1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
