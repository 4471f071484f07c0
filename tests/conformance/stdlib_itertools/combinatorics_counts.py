# Sizes and first/last elements of combinatoric iterators against math.comb/perm for many n, r.
import math
from itertools import product, permutations, combinations, combinations_with_replacement

for n in range(0, 7):
    for r in range(0, 5):
        c = list(combinations(range(n), r))
        cw = list(combinations_with_replacement(range(n), r))
        p = list(permutations(range(n), r))
        print(n, r, len(c) == math.comb(n, r), len(cw) == math.comb(n + r - 1, r) if n else len(cw) == (r == 0),
              len(p) == math.perm(n, r), c[:1], c[-1:], p[-1:], cw[-1:])
for k in range(4):
    pr = list(product("ab", range(k)))
    print(k, len(pr), pr[:2])
print(list(product([1, 2], repeat=2)) == [(1, 1), (1, 2), (2, 1), (2, 2)])
print(list(permutations("aab", 2)))
print(list(combinations("aab", 2)))
