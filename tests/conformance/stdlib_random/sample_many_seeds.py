# sample over many seeds with populations on both sides of CPython's set/pool threshold.
import random

acc = 0
for s in range(100):
    random.seed(s)
    n = [5, 21, 22, 30, 100, 1000, 5000][s % 7]
    k = min(n, [0, 1, 3, 5, 6, 10, 25][s % 7])
    picked = random.sample(range(n), k)
    if s % 9 == 0:
        print(s, n, k, picked)
    for v in picked:
        acc = (acc * 131 + v) % 1000000007
print("digest", acc)
random.seed(77)
print(random.sample("abcdefghij", 10))
print(random.sample(tuple(range(50)), 7))
print(random.sample(["a", "b", "c"], counts=[10, 1, 1], k=8))
