# The fields and str() of UnicodeEncodeError/UnicodeDecodeError.
def show(e):
    print(type(e).__name__, "|", e, "|", e.encoding, repr(e.object), e.start, e.end, repr(e.reason), len(e.args))
for data in [b"\xff", b"ab\xffcd", b"\xc3", b"a\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"\xf8\x88"]:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        show(e)
for data in [b"\x80", b"abc\xe9"]:
    try:
        data.decode("ascii")
    except UnicodeDecodeError as e:
        show(e)
for s, enc in [("é", "ascii"), ("abé€", "ascii"), ("€", "latin-1"), ("a😀", "latin-1"), ("x\ud800", "utf-8"), ("日本語", "ascii"), ("a\ud800b\udfffz", "utf-8")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        show(e)
e = UnicodeDecodeError("utf-8", b"\x00\xff\xfe", 1, 3, "custom reason")
show(e)
e = UnicodeEncodeError("ascii", "xyz", 0, 1, "why")
show(e)
print(isinstance(e, ValueError), isinstance(e, UnicodeError), UnicodeDecodeError.__mro__[1].__name__, repr(e))
try:
    b"\xff".decode()
except ValueError as e:
    print("caught as ValueError:", e)
