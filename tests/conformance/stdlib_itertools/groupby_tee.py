# groupby (keys, invalidated groups, key=) and tee (independent copies, n, copies of copies).
from itertools import groupby, tee, islice, count

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], lambda s: s[0])])
print([(k, len(list(g))) for k, g in groupby([])])
print([(k, list(g)) for k, g in groupby([None, None, 0, 0.0, False, 1, True])])
print([(k, list(g)) for k, g in groupby("aAbB", key=str.lower)])

groups = []
for k, g in groupby("AABBBC"):
    groups.append((k, g))
print([(k, list(g)) for k, g in groups])

gb = groupby("AAABBC")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
k3, g3 = next(gb)
print(k3, list(g3), next(gb, "end"))

words = "the quick brown fox jumps over the lazy dog".split()
for length, grp in groupby(sorted(words, key=len), key=len):
    print(length, list(grp))

a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b = tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = tee("abc", 3)
print(list(x), list(z), list(y))
print(tee([1], 0))
print(len(tee([1, 2], 5)))
a, b = tee(count())
print([next(a) for _ in range(5)], [next(b) for _ in range(3)])
a, b = tee([1, 2, 3])
c, d = tee(a)
print(next(b), list(c), list(d), list(a), list(b))
a, b = tee("xyz")
a2 = a.__copy__()
print(next(a), list(a2), list(a))
src = iter([10, 20, 30])
a, b = tee(src)
print(next(a), next(src), list(b))
print(type(a).__name__)

def check(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(r if isinstance(r, tuple) else list(r))
    except Exception as e:
        print(type(e).__name__, e)

check(groupby)
check(groupby, 5)
check(groupby, [1, 2], key=1)
check(groupby, [1], None, 3)
check(groupby, [1], x=3)
check(tee, [1], -1)
check(tee, 5)
check(tee, [1], "a")
check(tee, [1], 2, 3)
check(tee, [1], n=3)
