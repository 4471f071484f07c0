# str.encode with utf-8/ascii/latin-1 and the error handlers.
samples = ["hello", "café", "naïve ß", "€100", "😀 ok", "日本", "\x7f\x80\xff\u0100", ""]
for s in samples:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                print(repr(s), enc, err, s.encode(enc, err))
            except UnicodeEncodeError as e:
                print(repr(s), enc, err, type(e).__name__, e)
print("x".encode(), "é".encode("UTF8"), "é".encode("Latin1"), "é".encode(encoding="iso-8859-1"), "a".encode("US-ASCII"), "é".encode("utf_8"))
print("é".encode(errors="strict"), "\ud800".encode("utf-8", "replace"), "\ud800".encode("utf-8", "ignore"), "\ud800x".encode("utf-8", "backslashreplace"))
for bad in [lambda: "x".encode("nope"), lambda: "x".encode(1), lambda: "é".encode("ascii", "bogus"), lambda: "\ud800".encode(),
            lambda: "x".encode("utf-8", "strict", 1)]:
    try:
        print(bad())
    except (LookupError, TypeError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
