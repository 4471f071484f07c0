# heapq: exact list layout after pushes/pops/heapify (CPython's sift order), replace,
# pushpop, nlargest/nsmallest (ties, key, n edge cases), merge (key, reverse, laziness).
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 6, 4, 0]:
    heappush(h, x)
    print(h)
out = []
while h:
    out.append(heappop(h))
    print(h)
print(out)

for data in [[9, 8, 7, 6, 5, 4, 3, 2, 1, 0], [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], list("heapsort"), [], [1], [(2, "b"), (1, "z"), (1, "a")]]:
    d = list(data)
    heapify(d)
    print(d)

h = [1, 5, 3]
print(heapreplace(h, 10), h)
print(heapreplace(h, 0), h)
print(heappushpop(h, -1), h)
print(heappushpop(h, 100), h)
print(heappushpop([], 5))

x = list(range(30, 0, -3))
heapify(x)
print(x, [heappop(x) for _ in range(4)], x)

print(nlargest(3, [1, 8, 3, 9, 4]), nsmallest(3, [1, 8, 3, 9, 4]))
print(nlargest(1, [1, 8, 3]), nsmallest(1, [1, 8, 3]), nlargest(1, []), nsmallest(2, []))
print(nlargest(0, [1, 2]), nsmallest(-1, [1, 2]), nlargest(10, [3, 1, 2]), nsmallest(10, iter([3, 1, 2])))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(nlargest(2, words, key=len), nsmallest(2, words, key=len), nsmallest(4, words, key=len))
print(nlargest(3, words, key=len), nlargest(1, words, key=len), nsmallest(1, words, key=len))
pairs = [(1, "a"), (3, "b"), (1, "c"), (3, "d"), (2, "e")]
print(nlargest(2, pairs, key=lambda p: p[0]), nsmallest(3, pairs, key=lambda p: p[0]))
print(nsmallest(3, range(100, 0, -7)), nlargest(4, iter(range(50))))

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(merge([7, 5, 1], [8, 2], reverse=True)))
print(list(merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda p: p[0])))
print(list(merge()), list(merge([])), list(merge([1, 2])))
m = merge(iter([1, 4]), iter([2, 3]))
print(next(m), next(m), list(m))
print(list(merge("ace", "bdf")))

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(heappush, [])
check(heappush, 5, 1)
check(heappop, [])
check(heappop, 5)
check(heapreplace, [], 1)
check(heapify, 5)
check(heapify)
check(nlargest, 2)
check(heappush, [1], "a")
check(lambda: list(merge([1], key=1)))
