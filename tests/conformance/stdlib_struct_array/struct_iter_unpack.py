import struct

data = struct.pack('<6h', 1, 2, 3, 4, 5, 6)
for item in struct.iter_unpack('<h', data):
    print(item)
print(list(struct.iter_unpack('<hh', data)))
print(list(struct.iter_unpack('<3h', data)))
it = struct.iter_unpack('<2h', data)
print(next(it))
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print('exhausted')
print(list(struct.iter_unpack('<i', b'')))
points = struct.pack('<4f', 1.5, 2.5, -1.0, 0.25)
print([x + y for x, y in struct.iter_unpack('<2f', points)])
try:
    struct.iter_unpack('<i', b'12345')
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.iter_unpack('', b'12345')
except struct.error as e:
    print(type(e).__name__, e)
s = struct.Struct('>H')
print([v for (v,) in s.iter_unpack(b'\x00\x01\x00\x02\xff\xff')])
