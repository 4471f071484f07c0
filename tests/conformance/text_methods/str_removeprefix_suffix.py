# removeprefix/removesuffix.
for s in ["prefix_body_suffix", "prefix", "", "body", "😀x😀"]:
    for a in ["prefix", "suffix", "", "prefix_body_suffix", "😀", "x"]:
        print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))
for bad in [lambda: "a".removeprefix(), lambda: "a".removeprefix(1), lambda: "a".removesuffix(None), lambda: "a".removesuffix("a", "b"),
            lambda: "a".removeprefix(b"a"), lambda: b"a".removeprefix("a"), lambda: b"ab".removesuffix(98)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(b"test.py".removesuffix(b".py"), b"test.py".removeprefix(b"te"), bytearray(b"abc").removeprefix(b"a"), b"x".removesuffix(b""))
