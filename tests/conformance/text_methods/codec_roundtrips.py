# Round trips through utf-8/latin-1/ascii, encoding-name spellings, surrogateescape, and error objects.
text = "naïve café – 😀 ß"
for enc in ["utf-8", "UTF-8", "utf8", "U8", "latin-1", "latin1", "iso-8859-1", "ISO8859-1", "ascii", "us-ascii"]:
    data = text.encode(enc, "replace")
    back = data.decode(enc, "replace")
    print(enc, len(data), data[:12], repr(back), back == text)
raw = b"ok\xff\xfe\x80end"
s = raw.decode("utf-8", "surrogateescape")
print(ascii(s), s.encode("utf-8", "surrogateescape") == raw, ascii(raw.decode("ascii", "surrogateescape")))
print(repr(raw.decode("latin-1")), raw.decode("latin-1").encode("latin-1") == raw, len(raw.decode("utf-8", "ignore")))
print(repr(str(raw, "utf-8", "backslashreplace")), repr(str(raw, encoding="ascii", errors="replace")), repr(str(b"plain", "ascii")))
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason, e)
try:
    "é".encode("ascii")
except UnicodeError as e:
    print("UnicodeError", type(e).__name__, isinstance(e, ValueError), e.args[0], e.args[2:4])
for bad in [lambda: "x".encode("utf-9"), lambda: b"x".decode("latin-2"), lambda: "x".encode(""), lambda: str(b"x", "nope")]:
    try:
        print(bad())
    except LookupError as e:
        print(type(e).__name__, e)
