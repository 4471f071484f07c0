# choice, choices (weights / cum_weights / k), shuffle, sample (pool and set algorithms, counts).
import random

random.seed(99)
letters = "abcdefghijklmnopqrstuvwxyz"
print("".join([random.choice(letters) for _ in range(60)]))
print([random.choice([1, 2, 3]) for _ in range(20)])
print([random.choice(range(100, 200)) for _ in range(10)])
print([random.choice((None, True, "x")) for _ in range(10)])
print(random.choices(letters, k=30))
print(random.choices([1, 2, 3], weights=[10, 1, 1], k=20))
print(random.choices([1, 2, 3], [0.5, 0.25, 0.25], k=20))
print(random.choices("abc", cum_weights=[1, 5, 10], k=20))
print(random.choices(range(5)))
print(random.choices([], k=0))

for n in [0, 1, 2, 5, 10, 52]:
    deck = list(range(n))
    random.shuffle(deck)
    print("shuffle", n, deck)
words = ["w%d" % i for i in range(20)]
random.shuffle(words)
print(words)

for n, k in [(10, 3), (10, 10), (21, 5), (22, 5), (100, 5), (100, 6), (100, 50), (1000, 10), (10000, 30), (5, 0)]:
    print("sample", n, k, random.sample(range(n), k))
print(random.sample("abcdefg", 4))
print(random.sample(("x", "y", "z"), 2))
print(random.sample([10, 20, 30], 3))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(3), k=6, counts=[3, 2, 1]))

random.seed(5)
acc = 0
for i in range(500):
    s = random.sample(range(1000), 20)
    acc = (acc * 31 + sum(s) + s[0]) % (10**9 + 7)
print("acc", acc)

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(random.choice, [])
check(random.choice, "")
check(random.choice, {1, 2})
check(random.choice, 5)
check(random.sample, {1, 2}, 1)
check(random.sample, {"a": 1}, 1)
check(random.sample, [1, 2], 3)
check(random.sample, [1, 2], -1)
check(random.sample, [1, 2])
check(random.sample, [1, 2], 1, 2)
check(random.sample, [1, 2], 1, counts=[1])
check(random.sample, [1, 2], 1, counts=[0, 0])
check(random.sample, [1, 2], 1, counts=[1.5, 1])
check(random.choices, [1, 2], 3)
check(random.choices, [1, 2], [1])
check(random.choices, [1, 2], [1, 2], cum_weights=[1, 2])
check(random.choices, [1, 2], [0, 0])
check(random.choices, [1, 2], [1, float("inf")])
check(random.choices, [1, 2], k=-1)
check(random.choices)
check(random.shuffle, (1, 2))
check(random.shuffle, "ab")
check(random.shuffle, [])
check(random.shuffle)
