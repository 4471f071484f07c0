# bytes/bytearray operators: +, *, comparisons, hashing equality, iteration, slicing, conversions.
items = [b"", b"a", b"ab", b"b", b"\x00", b"\xff", bytearray(b"ab"), b"abc", bytearray(b"")]
print(sorted([bytes(x) for x in items]))
print([x == bytes(x) for x in items], [x < b"ab" for x in items], b"ab" == bytearray(b"ab"), b"ab" != bytearray(b"ac"))
print(b"ab" + b"cd", b"ab" + bytearray(b"cd"), bytearray(b"ab") + b"cd", b"ab" * 2, bytearray(b"ab") * 2, b"ab" * 0)
print(list(b"abc"), list(bytearray(b"\x00\xff")), b"abc"[1], b"abc"[-1], b"abc"[::-1], bytearray(b"abc")[::2], b"abc"[5:], b"abc"[1:2])
print(bytes(bytearray(b"x")), bytearray(bytes(b"y")), len(b"\x00\x00"), b"\x00" in b"a\x00", 0 in b"a\x00", max(b"az"), sum(b"\x01\x02"))
print(hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"a" == "a", b"a" < b"a\x00", bytearray(b"z") > b"a")
for bad in [lambda: b"a" + "b", lambda: "b" + b"a", lambda: b"a" < "a", lambda: b"a" * b"a", lambda: bytearray(b"a") + "x", lambda: b"ab"[2],
            lambda: {bytearray(b"x"): 1}, lambda: b"a" + 1, lambda: bytearray(b"a") < 1]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
