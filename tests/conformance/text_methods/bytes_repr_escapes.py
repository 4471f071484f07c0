# repr of bytes/bytearray: quotes, escapes, every byte value.
print(repr(bytes(range(256))))
print(repr(bytearray(range(0, 256, 7))))
for b in [b"", b"'", b'"', b"'\"", b"\\", b"a'b", b'a"b', b"\t\n\r\x0b\x0c", b"\x7f\x80", bytearray(b"'"), bytearray(b"\"'")]:
    print(repr(b), str(b), len(b))
print(b"abc", [b"x", bytearray(b"y")], (b"",), {b"k": bytearray()}, ascii(b"\xff"), format(b"q"), str(bytearray(b"z")))
print(b"%s" % b"\\", repr(b"\\x00"), repr(bytes([92, 120])))
