# str/bytes/float seeds for many values: version 2 sha512 seeding and hash() of floats.
import random

for i in range(60):
    text = "seed-%d" % i
    random.seed(text)
    x = random.random()
    random.seed(text.encode())
    y = random.random()
    random.seed(i / 7)
    z = random.random()
    random.seed(-i * 1.5)
    w = random.getrandbits(30)
    print(i, repr(x), x == y, repr(z), w)
