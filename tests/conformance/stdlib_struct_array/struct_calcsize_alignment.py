import struct

formats = ['', 'x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N',
           'e', 'f', 'd', 'P', 's', '10s', 'p', '5p', '3x']
for f in formats:
    print(repr(f), struct.calcsize(f))
for f in ['i', 'l', 'L', 'q', 'e', 'f', 'd', 'h']:
    print('std', f, struct.calcsize('<' + f), struct.calcsize('>' + f), struct.calcsize('=' + f), struct.calcsize('!' + f))
for f in ['ci', 'cb', 'bh', 'bi', 'bq', 'hi', 'ih', 'iq', 'cd', 'ci0l', 'llh0l', 'hhl', 'b3s', 'bd', '@ci', '=ci', '<ci']:
    print(f, struct.calcsize(f))
print(struct.pack('@ci', b'a', 1))
print(struct.pack('=ci', b'a', 1))
print(struct.pack('@bq', 1, 2))
print(struct.pack('llh0l', 1, 2, 3))
print(struct.calcsize(' i  i '), struct.calcsize('i 3s'))
print(struct.calcsize('0i'), struct.calcsize('0s'), struct.pack('0i'))
