import struct

RECORD = struct.Struct('<I8sHd')

people = [(1, b'alice', 30, 55.5), (2, b'bob', 25, 72.25), (3, b'charlotte', 41, 60.0)]
blob = b''.join([RECORD.pack(*p) for p in people])
print(len(blob), RECORD.size * len(people))

decoded = []
for ident, name, age, weight in RECORD.iter_unpack(blob):
    decoded.append((ident, name.rstrip(b'\x00').decode(), age, weight))
for row in decoded:
    print(row)

total_age = sum([row[2] for row in decoded])
print('total age', total_age)

index = {}
for i in range(len(people)):
    ident, = struct.unpack_from('<I', blob, i * RECORD.size)
    index[ident] = i * RECORD.size
print(index)
offset = index[2]
print(RECORD.unpack_from(blob, offset))

def checksum(data):
    total = 0
    for (word,) in struct.iter_unpack('<H', data + b'\x00' * (len(data) % 2)):
        total = (total + word) & 0xFFFF
    return total
print(checksum(blob), checksum(b'abc'))

header = struct.pack('>4sI', b'DATA', len(blob))
tag, length = struct.unpack('>4sI', header)
print(tag, length)
