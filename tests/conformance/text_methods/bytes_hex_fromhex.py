# bytes.hex with separators and bytes.fromhex/bytearray.fromhex.
data = b"\x00\x01\xab\xcd\xef\xff\x10"
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -2), data.hex(b"|", 3), data.hex(":", -3), data.hex("_", 100), b"".hex(":"))
print(bytearray(b"\xde\xad").hex(), bytearray(b"\xbe\xef").hex("."), b"\x01\x02".hex(sep="/", bytes_per_sep=1))
for s in ["", "00", "deadbeef", "DE AD BE EF", " 01 02 ", "0a0B0c", "1\t2", "ab cd\nef"]:
    try:
        print(repr(s), bytes.fromhex(s), bytearray.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["0", "abc", "0g", "g0", "a b", "ab c", "ab  cd e", "xyz", "é1"]:
    try:
        print(repr(s), bytes.fromhex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: data.hex("ab"), lambda: data.hex(""), lambda: data.hex("é"), lambda: data.hex(1), lambda: bytes.fromhex(b"00"),
            lambda: bytes.fromhex(1), lambda: data.hex(":", "2")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
