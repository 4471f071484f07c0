# Several Random instances interleaved keep independent streams; module functions are unaffected.
import random

random.seed(1)
a = random.Random(100)
b = random.Random(200)
seq = []
for i in range(30):
    seq.append((a.randrange(1000), b.randrange(1000), random.randrange(1000)))
print(seq[:5])
sa = sum([t[0] for t in seq]); sb = sum([t[1] for t in seq]); sm = sum([t[2] for t in seq])
print(sa, sb, sm)
a2 = random.Random(100)
print([a2.randrange(1000) for _ in range(30)] == [t[0] for t in seq])
c = random.Random()
c.setstate(a.getstate())
print([c.random() for _ in range(3)] == [a.random() for _ in range(3)])
d = random.Random(b"bytes-seed")
e = random.Random(bytearray(b"bytes-seed"))
print(d.random() == e.random(), repr(d.random()))
print(random.Random(3.25).random(), random.Random(-7).random() == random.Random(7).random())
