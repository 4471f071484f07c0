import struct

s = struct.Struct('<ihd')
print(s.format, s.size)
print(type(s).__name__)
packed = s.pack(7, -3, 2.5)
print(packed)
print(s.unpack(packed))
buf = bytearray(s.size + 2)
s.pack_into(buf, 2, 1, 2, 3.0)
print(buf)
print(s.unpack_from(buf, 2))
print(s.unpack_from(buf, offset=2))
print(list(struct.Struct('<h').iter_unpack(b'\x01\x00\x02\x00')))
b = struct.Struct(b'>I')
print(b.format, b.size, b.pack(258))
try:
    s.pack(1, 2)
except struct.error as e:
    print(type(e).__name__, e)
try:
    s.unpack(b'short')
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.Struct('q?z')
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.Struct(5)
except TypeError as e:
    print(type(e).__name__, e)
header = struct.Struct('>4sHH')
raw = header.pack(b'PYRO', 1, 2)
magic, major, minor = header.unpack(raw)
print(magic, major, minor, header.size)
structs = [struct.Struct(f) for f in ['b', 'h', 'i', 'q']]
print([x.size for x in structs])
print([x.pack(-1) for x in structs])
