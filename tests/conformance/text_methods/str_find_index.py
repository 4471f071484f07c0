# find/rfind/index/rindex with start/end, negative and out-of-range indices.
s = "hello, wörld; hello 😀 again hello"
for sub in ["hello", "l", "ö", "😀", "", "again", "zz", "o, w"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.find(sub, 5), s.rfind(sub, 0, 20), s.find(sub, -10), s.rfind(sub, -100, -3),
          s.find(sub, 100), s.rfind(sub, 3, 2), s.find(sub, None, 10))
print(s.index("😀"), s.rindex("hello"), s.index("l", 4), s.rindex("l", 0, 5), s[s.index("😀") + 1:s.index("😀") + 3])
print("".find(""), "".rfind(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 1), "abc".rfind("", 10), "abc".find("", -1))
big = 10 ** 30
print("abc".find("b", -big), "abc".find("b", 0, big), "abc".rfind("c", -big, big), "abc".find("b", big))
for bad in [lambda: s.index("zz"), lambda: s.rindex("zz"), lambda: s.index("hello", 1, 5), lambda: s.find(1),
            lambda: s.rfind(b"h"), lambda: s.find("a", "1"), lambda: s.index(), lambda: s.find("a", 1, 2, 3),
            lambda: s.rindex("x", 1.0), lambda: s.find(sub="a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
