# bisect: left/right with lo/hi/key, insort variants, grade lookup, errors.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 4, 4, 4, 8, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 3), bisect_left(a, 4, lo=4, hi=6), bisect_right(a, 100, hi=2))
print(bisect_left([], 5), bisect_right([], 5), bisect_left(a, 4, 5, 5))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect_right(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

b = []
for x in [5, 1, 4, 1, 3, 5, 9, 2]:
    insort(b, x)
print(b)
c = []
for x in [3, 1, 2, 1]:
    insort_left(c, x)
    insort_right(c, x + 0.5)
print(c)

records = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
keyf = lambda r: r[1]
print(bisect_left(records, 3, key=keyf), bisect_right(records, 3, key=keyf), bisect_right(records, 0, key=keyf))
insort(records, ("x", 3), key=keyf)
insort_left(records, ("y", 3), key=keyf)
print(records)
insort_right(records, ("z", 100), key=keyf)
print(records[-1])
names = ["bob", "alice", "dave"]
names.sort(key=len)
insort(names, "eve", key=len)
print(names)
print(bisect_left("aceg", "d"), bisect_right((1, 3, 5), 3), bisect_left(range(0, 100, 10), 35))

class Seq:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)

s = Seq()
insort(s, 5)
insort(s, 3)
insort(s, 4)
print(s.items)

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(bisect_right, [1])
check(bisect_right, [1], 1, -1)
check(bisect_right, 5, 1)
check(bisect_left, [1], 1, x=2)
check(insort, [1])
check(insort, (1,), 1)
check(bisect.bisect, [1, 2], 1, 0, 10)
check(bisect_right, [1, 2], 1, "a")
check(bisect_right, [1, 2], 1, 0, "a")
check(bisect_right, [1, 2], 1, 0, None)
check(bisect_left, [1, "a"], 2)
