# Case methods on bytes and bytearray touch ASCII letters only.
samples = [b"Hello World", b"hello world", b"MiXeD 123", b"caf\xe9 \xc9T\xc9", b"\xdf\xff", b"they're bill's", b"a1b2c3", b"", b"ABC"]
for b in samples:
    print(b, b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase(), b.isupper(), b.islower(), b.istitle())
ba = bytearray(b"abc\xe9")
print(ba.upper(), ba.title(), ba.swapcase(), type(ba.upper()).__name__, type(b"x".upper()).__name__)
for bad in [lambda: b"a".upper(1), lambda: b"a".casefold(), lambda: b"a".format(), lambda: bytearray(b"a").lower(None)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
