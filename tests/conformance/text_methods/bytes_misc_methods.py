# center/zfill/strip/replace/join/expandtabs/startswith on bytes, return types, and bytes() constructors.
b = b"abc"
print(b.center(7, b"-"), b.zfill(5), b.replace(b"b", b"B"), b"-".join([b, b]), b.startswith(b"a"), b.endswith((b"x", b"c")))
ba = bytearray(b"abc")
for r in [ba.center(5), ba.zfill(4), ba.replace(b"a", b"z"), ba.strip(b"c"), ba.upper(), bytearray(b",").join([b"1", b"2"]), ba.split(b"b"),
          ba.partition(b"b"), ba[0:2], ba.removeprefix(b"a"), ba.expandtabs(), ba.translate(None)]:
    print(r, type(r).__name__ if not isinstance(r, (list, tuple)) else [type(x).__name__ for x in r])
print(bytes(3), bytes([65, 66]), bytes(b"x"), bytes(bytearray(b"y")), bytes("é", "utf-8"), bytes("é", encoding="latin-1"), bytes(range(3)), bytes())
print(bytes("a", "ascii", "strict"), bytes((1, 2)), bytes(iter([3])), bytes.fromhex("41"), b"ab" * 3, 2 * b"ab", b"a" + b"b", b"ab" * -1)
for bad in [lambda: bytes("abc"), lambda: bytes(1, "utf-8"), lambda: bytes(-1), lambda: bytes([256]), lambda: bytes([1.5]), lambda: bytes(1.5),
            lambda: bytes("é", "ascii"), lambda: b"a" + "b", lambda: b"a" + 1, lambda: bytearray("x"), lambda: b"ab"[5], lambda: bytearray(b"a")[3],
            lambda: b"a"["x"], lambda: bytes(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
print(b"abc" < b"abd", b"ab" < b"abc", b"b" > b"abc", b"abc" == bytearray(b"abc"), b"a" == "a", list(b"hi"), b"hi"[0], b"hi"[-1:])
