# bytes.decode with utf-8/ascii/latin-1 and the error handlers, including malformed UTF-8.
samples = [b"hello", b"caf\xc3\xa9", b"\xff", b"\xffabc", b"abc\xff", b"\xc3", b"a\xc3", b"\xc3\x28", b"\xe2\x82", b"\xe2\x82\x28",
           b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\xc0\x80", b"\xf5\x80\x80\x80", b"\x80\x80", b"\xe0\x80\x80",
           b"\xf4\x90\x80\x80", b"\xe9t\xe9", b""]
for b in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace"]:
            try:
                print(b, enc, err, repr(b.decode(enc, err)))
            except UnicodeDecodeError as e:
                print(b, enc, err, type(e).__name__, e)
print(repr(bytearray(b"\xe9").decode("latin-1")), repr(str(b"\xff", "utf-8", "replace")), repr(str(b"abc", "ascii")), repr(b"x".decode(errors="ignore")))
for bad in [lambda: b"x".decode("nope"), lambda: b"\xff".decode("utf-8", "bogus"), lambda: str(b"x", encoding=1), lambda: str("x", "utf-8"),
            lambda: b"\xff".decode()]:
    try:
        print(bad())
    except (LookupError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
