# expandtabs with tab sizes, newlines resetting the column, wide characters.
samples = ["a\tb\tc", "\t", "ab\tcd\tef", "abcdefgh\tx", "a\nb\tc", "x\r\ty", "12345\t6\n\t7", "😀\tx", "日本\tx", "", "no tabs"]
for s in samples:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)),
          repr(s.expandtabs(-3)), repr(s.expandtabs(tabsize=3)))
print(b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(2), bytearray(b"\tz").expandtabs(3), b"x\ny\tz".expandtabs(4))
for bad in [lambda: "a".expandtabs("4"), lambda: "a".expandtabs(4.0), lambda: "a".expandtabs(1, 2), lambda: "a".expandtabs(size=2)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
