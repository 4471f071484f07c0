# find/index/rfind/rindex/count/in on bytes and bytearray, with int and bytes needles.
b = b"hello world, hello bytes"
for sub in [b"hello", b"o", b"", b"xyz", ord("l"), bytearray(b"bytes"), 0]:
    print(repr(sub), b.find(sub), b.rfind(sub), b.count(sub), b.find(sub, 5), b.rfind(sub, 0, 10), b.find(sub, -5), b.count(sub, 3, 12))
print(b.index(b"world"), b.rindex(ord("o")), b.index(104, 1), bytearray(b).find(b"bytes"), bytearray(b"aaa").rindex(b"a"))
print(b"ll" in b, ord("h") in b, 255 in b, bytearray(b"w") in b, b"" in b, b"z" in bytearray(b"xyz"), 122 in bytearray(b"xyz"))
for bad in [lambda: b.index(b"zz"), lambda: b.rindex(b"zz"), lambda: b.find("h"), lambda: b.find(256), lambda: b.find(-1), lambda: b.count(1.5),
            lambda: "h" in b, lambda: 300 in b, lambda: None in b, lambda: b.index(b"h", 1, 2), lambda: bytearray(b"a").index(b"b"), lambda: [1] in b]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
