# seed() with str, bytes, bytearray, float, version=1, and the TypeError for other types.
import random

for s in ["", "a", "hello", "héllo wörld", "x" * 1000, b"", b"abc", bytearray(b"abc"), 1.5, -1.5, 0.0, 3.0, 1e300, float("inf")]:
    random.seed(s)
    print(repr(s)[:40], [random.random() for _ in range(3)], random.getrandbits(40))

for s in ["", "a", "hello", b"hello", "ünï"]:
    random.seed(s, version=1)
    print("v1", repr(s), random.random(), random.randrange(10**6))

random.seed("abc", 2)
x = random.random()
random.seed(b"abc")
print(x == random.random())

for bad in [(1, 2), [1], {1: 2}, None.__class__]:
    try:
        random.seed(bad)
    except TypeError as e:
        print("TypeError", e)

try:
    random.seed(1, 2, 3)
except TypeError as e:
    print(e)
