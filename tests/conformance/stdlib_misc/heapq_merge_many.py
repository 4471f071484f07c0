# heapq.merge against sorted() for many input groupings, with key and reverse.
from heapq import merge

groups = [[[1, 4, 7], [2, 5, 8], [3, 6, 9]], [[], [1], []], [[1, 1, 1], [1, 1]], [[5], [1, 2, 3, 4, 6]], [["a", "c"], ["b"]]]
for g in groups:
    flat = sorted([x for part in g for x in part])
    print(list(merge(*g)), list(merge(*g)) == flat)
    print(list(merge(*[sorted(p, reverse=True) for p in g], reverse=True)))
words = [["a", "ccc"], ["bb", "dddd"], ["e"]]
print(list(merge(*words, key=len)))
print(list(merge([(2, "x")], [(1, "y"), (2, "z")], key=lambda t: t[0])))
