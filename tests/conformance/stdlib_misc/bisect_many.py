# bisect_left/right and insort against a linear reference for many values and lo/hi windows.
from bisect import bisect_left, bisect_right, insort_left, insort_right

a = [0, 1, 1, 3, 5, 5, 5, 8, 13, 21]
def ref_left(a, x, lo, hi):
    i = lo
    while i < hi and a[i] < x:
        i += 1
    return i
def ref_right(a, x, lo, hi):
    i = lo
    while i < hi and a[i] <= x:
        i += 1
    return i

bad = 0
for x in range(-1, 23):
    for lo in [0, 2, 5]:
        for hi in [len(a), 7, 5]:
            if lo > hi:
                continue
            if bisect_left(a, x, lo, hi) != ref_left(a, x, lo, hi) or bisect_right(a, x, lo, hi) != ref_right(a, x, lo, hi):
                bad += 1
    print(x, bisect_left(a, x), bisect_right(a, x), bisect_left(a, x, 2, 7), bisect_right(a, x, 2, 7))
print("bad", bad)
s = []
for v in [5, 3, 8, 3, 1, 9, 5, 0]:
    insort_left(s, v)
t = []
for v in [5.0, 3, 8, 3.0, 1, 9, 5, 0]:
    insort_right(t, v)
print(s, t)
