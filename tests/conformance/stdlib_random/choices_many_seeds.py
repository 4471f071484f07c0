# choices with and without weights over many seeds; choice on several sequence types.
import random

acc = 0
for s in range(80):
    random.seed(s)
    a = random.choices(range(10), k=5)
    b = random.choices("xyz", weights=[s % 5 + 1, 2, 3], k=4)
    c = random.choices([10, 20, 30, 40], cum_weights=[1, 1.5, 7, 7.25], k=3)
    d = random.choice([s, s + 1, s + 2])
    if s % 8 == 0:
        print(s, a, b, c, d)
    for v in a + c + [d]:
        acc = (acc * 37 + v) % 1000000007
    for ch in b:
        acc = (acc * 37 + ord(ch)) % 1000000007
print("digest", acc)
random.seed(5)
print([random.choice(range(1000)) for _ in range(10)])
print([random.choice("αβγδ") for _ in range(8)])
print([random.choice(b"bytes") for _ in range(6)])
