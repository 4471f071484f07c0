# bytes.translate/maketrans with a table and delete bytes.
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), table[97:100], b"aabbcc".translate(table))
print(b"hello world".translate(None, b"lo"), b"hello".translate(table, b"h"), b"abc".translate(None), b"".translate(None, b"x"))
print(bytearray(b"abcabc").translate(table), bytearray(b"abc").translate(None, b"b"), b"abc".translate(table, delete=b"a"))
print(bytearray.maketrans(b"x", b"y")[120], bytes.maketrans(b"", b"")[:5], bytes.maketrans(bytearray(b"a"), b"b")[97])
for bad in [lambda: b"a".translate(b"short"), lambda: bytes.maketrans(b"ab", b"a"), lambda: bytes.maketrans("a", "b"),
            lambda: b"a".translate(None, "a"), lambda: b"a".translate({97: 98}), lambda: b"a".translate(), lambda: bytes.maketrans(b"a")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
