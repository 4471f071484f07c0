import struct

print(struct.unpack('<i', b'\x01\x00\x00\x00'))
print(struct.unpack('>i', b'\x00\x00\x00\x01'))
print(struct.unpack('<h', b'\xfe\xff'))
print(struct.unpack('<H', b'\xfe\xff'))
print(struct.unpack('<b', b'\x80'), struct.unpack('<B', b'\x80'))
print(struct.unpack('<q', b'\xff' * 8), struct.unpack('<Q', b'\xff' * 8))
print(struct.unpack('>I', b'\xde\xad\xbe\xef'))
print(struct.unpack('<3h', b'\x01\x00\x02\x00\x03\x00'))
print(struct.unpack('??', b'\x00\x05'))
print(struct.unpack('4c', b'abcd'))
data = struct.pack('<ihb', 100000, -300, 7)
print(data, len(data))
a, b, c = struct.unpack('<ihb', data)
print(a, b, c)
print(struct.unpack('<ihb', bytearray(data)))
print(type(struct.unpack('<i', b'\x00\x00\x00\x00')).__name__)
print(struct.unpack('', b''))
values = [0, 1, 255, 256, 65535, 2**32 - 1]
for v in values:
    packed = struct.pack('>Q', v)
    print(v, packed, struct.unpack('>Q', packed)[0] == v)
