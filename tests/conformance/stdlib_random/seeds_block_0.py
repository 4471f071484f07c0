# random() and getrandbits() for 150 consecutive integer seeds (block 0), hashed per seed.
import random

def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + hash(v)) & 0xFFFFFFFFFFFFFFFF
    return h

for s in range(0 * 150, (0 + 1) * 150):
    random.seed(s * 7919 + 0)
    floats = [random.random() for _ in range(20)]
    bits = [random.getrandbits(17 + (s % 40)) for _ in range(5)]
    print(s, repr(floats[0]), digest(floats), bits[0], digest(bits))
