import struct

print(struct.pack('5s', b'abc'))
print(struct.pack('2s', b'abcdef'))
print(struct.pack('s', b'xyz'))
print(struct.pack('0s', b'ignored'))
print(struct.pack('3s', bytearray(b'hi')))
print(struct.unpack('5s', b'ab\x00\x00\x00'))
print(struct.pack('5p', b'abc'))
print(struct.pack('5p', b'abcdefgh'))
print(struct.pack('p', b'abc'))
print(struct.unpack('5p', b'\x03abcd'))
print(struct.unpack('5p', b'\x09abcd'))
record = struct.pack('<i10sh', 42, b'name', 7)
print(record, len(record))
num, name, small = struct.unpack('<i10sh', record)
print(num, name, name.rstrip(b'\x00'), small)
print(struct.calcsize('<i10sh'))
try:
    struct.pack('3s', 'text')
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.pack('3p', 5)
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.pack('c', b'ab')
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.pack('c', 'a')
except struct.error as e:
    print(type(e).__name__, e)
print(struct.pack('2s2s', b'ab', b'cd'))
