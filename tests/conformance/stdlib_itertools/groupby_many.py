# groupby over sorted data with different keys, run-length encoding, and group reuse rules.
from itertools import groupby
import operator

data = [("fruit", "apple"), ("fruit", "banana"), ("veg", "carrot"), ("fruit", "cherry"), ("veg", "leek"), ("veg", "pea")]
for key, grp in groupby(data, key=operator.itemgetter(0)):
    print(key, [name for _, name in grp])
for key, grp in groupby(sorted(data), key=operator.itemgetter(0)):
    print(key, [name for _, name in grp])

def rle(s):
    return [(ch, len(list(g))) for ch, g in groupby(s)]

for s in ["", "a", "aaabccddddde", "abcabc", "zzzzzz", "1122333"]:
    print(repr(s), rle(s))

nums = [1, 3, 5, 2, 4, 7, 9, 6]
print([(k, list(g)) for k, g in groupby(nums, key=lambda x: x % 2)])
print([(k, list(g)) for k, g in groupby(range(20), key=lambda x: x // 5)])
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2, 2.0])])
it = groupby("aabbcc")
keys = [k for k, _ in it]
print(keys)
g = groupby("xxyy")
_, first = next(g)
_, second = next(g)
print(list(first), list(second))
