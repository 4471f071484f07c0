# count with many start/step combinations (ints, floats, negatives, big ints), repeat sizes.
from itertools import count, repeat, islice

for start in [0, 1, -5, 2**62, -(2**63), 0.5, -2.25, 10**20]:
    for step in [1, -1, 3, 0, 0.5, 2**61]:
        c = count(start, step)
        print(start, step, list(islice(c, 4)), repr(c))
for n in [0, 1, 2, 5]:
    print(n, list(repeat("ab", n)), list(repeat([n], n)))
r = repeat(0, 3)
print([r.__length_hint__() for _ in range(1)], list(r), r.__length_hint__())
