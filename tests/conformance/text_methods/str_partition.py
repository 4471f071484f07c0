# partition/rpartition.
for s in ["key=value", "key=value=more", "novalue", "=start", "end=", "", "a==b", "😀=😀"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("=="), s.partition("😀"))
print("abcabc".partition("bc"), "abcabc".rpartition("bc"), "abc".partition("abc"), "abc".rpartition("abcd"))
for bad in [lambda: "a".partition(""), lambda: "a".rpartition(""), lambda: "a".partition(None),
            lambda: "a".rpartition(1), lambda: "a".partition(), lambda: "a".partition("a", "b")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"k=v".partition(b"="), b"k=v=w".rpartition(b"="), b"kv".partition(b"="), b"kv".rpartition(b"="))
print(bytearray(b"a-b").partition(b"-"), bytearray(b"a-b").rpartition(bytearray(b"-")))
for bad in [lambda: b"a".partition(b""), lambda: b"a".partition("a"), lambda: b"a".rpartition(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
