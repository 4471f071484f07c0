# split/rsplit/splitlines/partition on bytes: ASCII whitespace only.
samples = [b"  a  b   c  ", b"a\tb\nc\rd\x0be\x0cf", b"a\x1cb\x1dc", b"a\x85b\xa0c", b"", b"   ", b"one"]
for b in samples:
    print(b, b.split(), b.rsplit(), b.split(None, 1), b.rsplit(None, 1), b.split(maxsplit=0))
for b in [b"a,b,,c", b",", b"", b"a,b"]:
    print(b, b.split(b","), b.rsplit(b",", 1), b.split(b",", 1), b.split(bytearray(b",")), bytearray(b).split(b","))
print(b"a::b::c".split(b"::"), b"a::b::c".rsplit(b"::", 1), bytearray(b"x y").split(), type(bytearray(b"x y").split()[0]).__name__)
for bad in [lambda: b"a".split(b""), lambda: b"a".split(","), lambda: b"a".rsplit(1), lambda: b"a b".split(None, "1")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
