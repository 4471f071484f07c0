from array import array
import struct

a = array('h', [1, -1, 256])
raw = a.tobytes()
print(raw)
print(struct.unpack('<3h', raw))
print(struct.unpack('<3h', a))
b = array('h')
b.frombytes(struct.pack('<4h', 9, 8, 7, 6))
print(b)
print(array('d', struct.pack('<2d', 1.5, -2.0)))
f = array('i', [0, 0, 0])
struct.pack_into('<i', f, 4, 77)
print(f)
print(list(struct.iter_unpack('<h', a)))
c = array('B', b'\x00\x10\xff')
print(c, c.tobytes() == b'\x00\x10\xff')
print(array('I', b'\x01\x00\x00\x00\x02\x00\x00\x00'))
