# shuffle for many seeds and sizes: exact permutations, and a running digest.
import random

acc = 0
for s in range(120):
    random.seed(s)
    n = s % 17
    xs = list(range(n))
    random.shuffle(xs)
    if s % 10 == 0:
        print(s, xs)
    for i, v in enumerate(xs):
        acc = (acc * 31 + (i + 1) * (v + 3)) % 1000000007
print("digest", acc)
random.seed("shuffle")
letters = list("abcdefghijklmnopqrstuvwxyz")
for _ in range(5):
    random.shuffle(letters)
    print("".join(letters))
