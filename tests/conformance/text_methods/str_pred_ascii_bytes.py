# isascii on str/bytes and the ASCII-only predicates of bytes.
for s in ["", "abc", "\x7f", "\x80", "é", "😀", "a\x00"]:
    print(repr(s), s.isascii())
samples = [b"", b"abc", b"ABC", b"Abc", b"abc1", b"123", b" \t\n\r\x0b\x0c", b"\x1c", b"\x85", b"\xa0", b"\xe9", b"\xc9",
           b"Hello World", b"hello World", b"\xe9t\xe9", b"a b", b"_", b"\x80abc", b"ABC\xff"]
for b in samples:
    print(b, b.isascii(), b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isupper(), b.islower(), b.istitle())
print(bytearray(b"AbC").isupper(), bytearray(b"123").isdigit(), bytearray(b"").isalpha(), bytearray(b"\xe9").isascii())
for bad in [lambda: b"a".isdecimal(), lambda: b"a".isnumeric(), lambda: b"a".isidentifier(), lambda: b"a".isprintable()]:
    try:
        bad()
    except AttributeError as e:
        print(type(e).__name__, e)
