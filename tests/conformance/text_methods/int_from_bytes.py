# int.from_bytes: byteorder, signed, iterables and errors.
for data in [b"", b"\x00", b"\x01", b"\x7f", b"\x80", b"\xff", b"\x00\x01", b"\x01\x00", b"\xff\xff", b"\x80\x00", b"\xde\xad\xbe\xef",
             b"\xff" * 9, b"\x00" * 3 + b"\x01"]:
    print(data, int.from_bytes(data, "big"), int.from_bytes(data, "little"), int.from_bytes(data, "big", signed=True),
          int.from_bytes(data, byteorder="little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes((255,), "little", signed=True), int.from_bytes(bytearray(b"\x10\x00"), "little"))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(iter([0, 5]), "big"))
v = 123456789 ** 5
print(int.from_bytes(v.to_bytes(30, "little"), "little") == v, int.from_bytes((-v).to_bytes(30, "big", signed=True), "big", signed=True) == -v)
for bad in [lambda: int.from_bytes(b"\x01", "middle"), lambda: int.from_bytes("ab", "big"), lambda: int.from_bytes([256], "big"),
            lambda: int.from_bytes([-1], "big"), lambda: int.from_bytes(5, "big"), lambda: int.from_bytes(b"\x01", 1), lambda: int.from_bytes(),
            lambda: int.from_bytes([1.5], "big")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
