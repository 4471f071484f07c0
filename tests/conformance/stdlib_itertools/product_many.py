# product over many pool combinations and repeat counts, against nested loops.
from itertools import product

pools = [[], [0], [0, 1], "ab", (True, None, 3)]
bad = 0
for p1 in pools:
    for p2 in pools:
        got = list(product(p1, p2))
        want = [(a, b) for a in p1 for b in p2]
        bad += got != want
        print(len(got), got[:2])
for r in range(4):
    print(r, list(product("xy", repeat=r)))
print("bad", bad)
