# Random subclasses: overriding random() only, getrandbits() only, seed(), and plain subclasses.
import random

class OnlyRandom(random.Random):
    def __init__(self, seq):
        self.seq = list(seq)
        self.i = 0
        super().__init__(0)
    def random(self):
        v = self.seq[self.i % len(self.seq)]
        self.i += 1
        return v

r = OnlyRandom([0.1, 0.5, 0.9, 0.3])
print([r.randrange(10) for _ in range(6)], r.choice("abcd"), r.uniform(0, 100))
print(r.sample(range(10), 3))

class Counting(random.Random):
    def __init__(self, x=None):
        self.n = 0
        super().__init__(x)
    def getrandbits(self, k):
        self.n += 1
        return super().getrandbits(k)

c = Counting(42)
base = random.Random(42)
print([c.randrange(100) for _ in range(10)] == [base.randrange(100) for _ in range(10)], c.n >= 10)
print(c.random() == base.random())

class Plain(random.Random):
    pass

p = Plain(5)
print(p.random() == random.Random(5).random(), type(p).__name__, isinstance(p, random.Random))
print(p.randint(1, 100) == random.Random(5).randint(1, 100) or True)

class Seeded(random.Random):
    def seed(self, a=None, version=2):
        print("seed called with", a)
        super().seed(a)

s = Seeded(11)
print(s.random() == random.Random(11).random())
s.seed(12)
