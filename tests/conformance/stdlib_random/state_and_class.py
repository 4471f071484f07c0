# getstate/setstate round trips, independent Random instances, subclasses.
import random

random.seed(11)
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[1][:3], st[2])
first = [random.random() for _ in range(10)]
random.setstate(st)
print(first == [random.random() for _ in range(10)])

random.seed(3)
random.gauss()
st = random.getstate()
print(st[2] is not None)
x = random.gauss()
random.setstate(st)
print(x == random.gauss())

r1 = random.Random(42)
r2 = random.Random(42)
r3 = random.Random("seed")
print(r1.random() == r2.random(), r1.randint(0, 100), r3.random())
print([r1.randrange(50) for _ in range(10)], [r2.randrange(50) for _ in range(10)])
random.seed(42)
print(random.random() == random.Random(42).random())
r4 = random.Random()
r4.seed(42)
print(r4.random() == random.Random(42).random())
print(type(r1).__name__, type(r1).__module__, isinstance(r1, random.Random))
print(random.Random.VERSION, r1.VERSION)
r1.setstate(r2.getstate())
print(r1.random() == r2.random())
r5 = random.Random(8)
r5.gauss_next = 0.25
print(r5.gauss(), r5.gauss_next)

class MyRandom(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0

    def random(self):
        self.calls += 1
        return super().random()

m = MyRandom(5)
print(m.random() == random.Random(5).random(), m.calls)
print([m.choice("abcdef") for _ in range(10)], m.calls > 0)
print(m.uniform(0, 10) < 10)

class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed()
print(f.random(), f.uniform(0, 10), f.randrange(10), f.choice([1, 2, 3, 4]), f.choices("abcd", k=3))

class Bits(random.Random):
    def getrandbits(self, k):
        return (1 << k) - 2 if 1 < k < 3 else 3 % (1 << k)

b = Bits(1)
print(b.randrange(6), b.randrange(3))

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(random.setstate, (3, (1, 2), None))
check(random.setstate, (3, [1, 2], None))
check(random.setstate, (5, (), None))
check(random.setstate, (3, (1,) * 624 + (700,), None))
check(random.setstate, (3, (-1,) * 624 + (7,), None))
check(random.setstate, (3, ("a",) * 625, None))
check(random.Random, 1, 2)
check(random.Random().random, 1)
check(r1.getstate, 1)
v2 = (2, tuple([x - 2**32 if x > 2**31 else x for x in random.Random(4).getstate()[1]]), None)
r6 = random.Random()
r6.setstate(v2)
print(r6.random() == random.Random(4).random())
