# randbytes and getrandbits word order across seeds; getrandbits(0) and exact 32/64 boundaries.
import random

for s in range(30):
    random.seed(s)
    print(s, random.randbytes(s % 9).hex(), random.getrandbits(0), random.getrandbits(32), random.getrandbits(33),
          random.getrandbits(64), random.getrandbits(65), random.getrandbits(96))
random.seed(1)
print(random.randbytes(40))
