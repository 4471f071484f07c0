import struct

def attempt(label, func):
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('too few', lambda: struct.pack('<ii', 1))
attempt('too many', lambda: struct.pack('<i', 1, 2))
attempt('none', lambda: struct.pack('<i'))
attempt('bad char', lambda: struct.pack('z', 1))
attempt('count only', lambda: struct.pack('3', 1))
attempt('space count', lambda: struct.calcsize('i 3 s'))
attempt('std P', lambda: struct.calcsize('<P'))
attempt('std n', lambda: struct.calcsize('>n'))
attempt('short buffer', lambda: struct.unpack('<i', b'abc'))
attempt('long buffer', lambda: struct.unpack('<h', b'abcd'))
attempt('str buffer', lambda: struct.unpack('<i', 'abcd'))
attempt('int buffer', lambda: struct.unpack('<i', 5))
attempt('format type', lambda: struct.pack(1))
attempt('missing', lambda: struct.pack())
attempt('calcsize type', lambda: struct.calcsize(3))
print(struct.error)
print(struct.error.__name__, struct.error.__mro__[1].__name__)
print(issubclass(struct.error, Exception))
try:
    struct.unpack('<q', b'')
except struct.error as e:
    print('caught', e, e.args)
