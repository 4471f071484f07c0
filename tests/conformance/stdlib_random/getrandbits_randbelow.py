# getrandbits for every width up to 300 bits, randrange/randint over small and huge ranges.
import random

random.seed(2024)
for k in range(0, 301, 7):
    print(k, random.getrandbits(k))

random.seed(7)
print([random.randrange(10) for _ in range(30)])
print([random.randrange(-5, 5) for _ in range(30)])
print([random.randrange(0, 100, 7) for _ in range(20)])
print([random.randrange(100, 0, -3) for _ in range(20)])
print([random.randint(1, 6) for _ in range(40)])
print([random.randint(-10**30, 10**30) for _ in range(5)])
print([random.randrange(2**64) for _ in range(5)])
print([random.randrange(1, 2**200, 3) for _ in range(3)])
print(random.randrange(1), random.randint(5, 5))
print(random.randrange(5.0), random.randrange(True, 10))

total = 0
for i in range(1, 3000):
    total += random.randrange(i) * i + random.randint(-i, i)
print("total", total)

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(random.getrandbits, -1)
check(random.getrandbits)
check(random.getrandbits, 1, 2)
check(random.getrandbits, 2.0)
check(random.getrandbits, k=3)
check(random.randrange)
check(random.randrange, 0)
check(random.randrange, -3)
check(random.randrange, 5, 5)
check(random.randrange, 5, 1)
check(random.randrange, 1, 5, 0)
check(random.randrange, 5, 1, 2)
check(random.randrange, 1.5)
check(random.randrange, 1, 2.5)
check(random.randrange, 1, 10, 1.5)
check(random.randrange, "a")
check(random.randrange, 10, step=2)
check(random.randrange, 10, None, 1)
check(random.randint, 5)
check(random.randint, 5, 1)
check(random.randint, 1, 2, 3)
