# strip/lstrip/rstrip with and without chars.
samples = ["  hello  ", "\t\n hi \r\x0b\x0c", "\x1c\x1dx\x1e\x1f", "\x85\xa0y\u3000\u2003", "xxhixx", "", "   ", "abcba", "\u200bz\u200b"]
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip("ab")),
          repr(s.lstrip(None)), repr(s.rstrip("")))
print(repr("www.example.com".strip("cmowz.")), repr("😀a😀".strip("😀")), repr("ab😀".rstrip("😀b")))
for bad in [lambda: "a".strip(1), lambda: "a".lstrip(b"a"), lambda: "a".rstrip("a", "b"), lambda: "a".strip(chars="a")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"  hi \t".strip(), b"\x85 x \xa0".strip(), b"\x1cy\x1f".strip(), b"xxyxx".strip(b"x"), b"abc".lstrip(b"ba"), b"abc".rstrip(bytearray(b"c")))
print(bytearray(b"  z  ").strip(), bytearray(b"--z--").lstrip(b"-"), b"\x0b\x0cq\r\n".strip())
for bad in [lambda: b"a".strip("a"), lambda: b"a".lstrip(1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
