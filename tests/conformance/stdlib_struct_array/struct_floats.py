import struct

print(struct.pack('<d', 1.5))
print(struct.pack('>f', 1.5))
print(struct.pack('<e', 1.5))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack('<d', struct.pack('<d', 0.1)))
print(struct.unpack('<e', struct.pack('<e', 0.1)))
for v in [0.0, -0.0, 1.0, -2.5, 65504.0, 1e-5, 3.14159]:
    print(v, struct.pack('<e', v), struct.unpack('<e', struct.pack('<e', v))[0])
for v in [float('inf'), float('-inf')]:
    print(v, struct.pack('<d', v), struct.pack('<f', v), struct.pack('<e', v))
nan = struct.unpack('<d', struct.pack('<d', float('nan')))[0]
print(nan != nan)
print(struct.pack('<d', 3), struct.pack('<f', True))
print(struct.unpack('<2f', struct.pack('<2f', 1.25, -8.5)))
print(struct.pack('f', 1e300))
try:
    struct.pack('<f', 1e300)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    struct.pack('<e', 1e10)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    struct.pack('<d', 'x')
except struct.error as e:
    print(type(e).__name__, e)
try:
    struct.pack('<f', None)
except struct.error as e:
    print(type(e).__name__, e)
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'))
