# Merge sort, quicksort, insertion sort; checking stability.
def merge_sort(items, key=lambda x: x):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    left = merge_sort(items[:mid], key)
    right = merge_sort(items[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def quicksort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    less = [x for x in items if x < pivot]
    equal = [x for x in items if x == pivot]
    greater = [x for x in items if x > pivot]
    return quicksort(less) + equal + quicksort(greater)

def quicksort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    if lo >= hi:
        return a
    pivot = a[hi]
    i = lo
    for j in range(lo, hi):
        if a[j] <= pivot:
            a[i], a[j] = a[j], a[i]
            i += 1
    a[i], a[hi] = a[hi], a[i]
    quicksort_inplace(a, lo, i - 1)
    quicksort_inplace(a, i + 1, hi)
    return a

def insertion_sort(a):
    a = list(a)
    for i in range(1, len(a)):
        v = a[i]
        j = i - 1
        while j >= 0 and a[j] > v:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = v
    return a

data = [38, 27, 43, 3, 9, 82, 10, 3, -5, 0, 27, 100, -42]
print(merge_sort(data))
print(quicksort(data))
print(quicksort_inplace(list(data)))
print(insertion_sort(data))
print(merge_sort(data) == sorted(data) == quicksort(data))
seq = []
x = 7
for _ in range(200):
    x = (x * 1103515245 + 12345) % 2147483648
    seq.append(x % 1000)
print(merge_sort(seq) == sorted(seq), quicksort(seq)[:10], quicksort(seq)[-5:])
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
print(merge_sort(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1]))
print(merge_sort(["pear", "Apple", "fig", "banana"]), merge_sort([]), quicksort([1]))
print(merge_sort([3.5, -1.25, 2.0, 1e-3]))
