import struct

value = 0x01020304
for prefix in ['<', '>', '!', '=', '@']:
    print(repr(prefix), struct.pack(prefix + 'I', value))
print(struct.pack('<H', 0x0102), struct.pack('>H', 0x0102))
print(struct.pack('<q', 1), struct.pack('>q', 1))
big = struct.pack('>i', -2)
little = struct.pack('<i', -2)
print(big, little, big[::-1] == little)
print(struct.unpack('<I', struct.pack('>I', 1)))
print(struct.unpack('>d', struct.pack('>d', 2.5)), struct.unpack('<d', struct.pack('<d', 2.5)))
print(struct.pack('>d', 1.0))
print(struct.pack('<d', 1.0))
print(struct.pack('!hhl', 1, 2, 3))
print(struct.pack('=hhl', 1, 2, 3))
print(struct.pack('<l', 1), struct.pack('>L', 1))
