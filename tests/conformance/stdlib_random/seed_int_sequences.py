# random(): many integer seeds (small, negative, huge) and long sequences, hashed so any drift shows.
import random

def digest(values):
    h = 0
    for v in values:
        h = (h * 1000003 + hash(v)) & 0xFFFFFFFFFFFFFFFF
    return h

for s in [0, 1, 2, 5, 42, 123, 999, 2**31 - 1, 2**32, 2**32 + 1, 2**64 - 1, 2**100 + 7, -1, -42, -(2**70), 10**50]:
    random.seed(s)
    first = [random.random() for _ in range(5)]
    rest = [random.random() for _ in range(1000)]
    print(s, first)
    print("  sum", sum(rest), "digest", digest(rest))

for s in range(50):
    random.seed(s)
    print(s, repr(random.random()), random.getrandbits(32), random.getrandbits(64), random.randrange(1000))

random.seed(True)
a = random.random()
random.seed(1)
print(a == random.random())
