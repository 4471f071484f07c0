# replace with a count, empty old/new strings, non-ASCII.
s = "one two one two one"
for count in [-1, 0, 1, 2, 3, 10, -5]:
    print(count, s.replace("one", "1", count), s.replace("o", "", count), s.replace("", "-", count))
print("abc".replace("", "-"), "".replace("", "x"), "".replace("", "x", 0), "".replace("a", "b"), "aaa".replace("a", "aa"))
print("😀b😀".replace("", "|"), "😀b😀".replace("😀", "x", 1), "ﬁﬁ".replace("ﬁ", "fi"))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b", 1), "abab".replace("ab", "ab"))
print("x".replace("x", "y", True), "banana".replace("a", "A", 2))
for bad in [lambda: "a".replace(1, "b"), lambda: "a".replace("a", 2), lambda: "a".replace("a"), lambda: "a".replace("a", "b", "c"),
            lambda: "a".replace("a", "b", 1.5), lambda: "a".replace(old="a", new="b")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"one one".replace(b"one", b"1"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"), bytearray(b"xyx").replace(b"x", b"z"))
for bad in [lambda: b"a".replace("a", b"b"), lambda: b"a".replace(b"a", 1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
