import struct

buf = bytearray(12)
struct.pack_into('<i', buf, 0, 1)
struct.pack_into('<h', buf, 4, -1)
struct.pack_into('>I', buf, 8, 0xAABBCCDD)
print(buf)
print(struct.unpack_from('<i', buf))
print(struct.unpack_from('<i', buf, 0))
print(struct.unpack_from('<h', buf, 4))
print(struct.unpack_from('>I', buf, offset=8))
print(struct.unpack_from('<h', b'\x01\x02\x03', 1))
print(struct.unpack_from('<h', buffer=b'\x01\x02\x03'))
print(struct.unpack_from('<h', b'\x01\x02\x03\x04', -2))
struct.pack_into('<h', buf, -2, 258)
print(buf)

def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('from short', lambda: struct.unpack_from('<i', b'abcdefghij', 8))
attempt('from neg range', lambda: struct.unpack_from('<i', b'abcdefghij', -20))
attempt('from neg short', lambda: struct.unpack_from('<i', b'abcdefghij', -2))
small = bytearray(5)
attempt('into short', lambda: struct.pack_into('<i', small, 2, 1))
attempt('into neg range', lambda: struct.pack_into('<i', small, -20, 1))
attempt('into no space', lambda: struct.pack_into('<i', small, -2, 1))
attempt('into bytes', lambda: struct.pack_into('<i', b'12345', 0, 1))
attempt('into count', lambda: struct.pack_into('<i', small, 0, 1, 2))
attempt('into bad value', lambda: struct.pack_into('<b', small, 0, 1000))
print(small)
