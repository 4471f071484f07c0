# sorted() and list.sort(): key, reverse, stability.
records = [("ann", "eng", 30), ("bob", "ops", 25), ("cid", "eng", 25), ("dee", "ops", 30),
           ("eve", "eng", 35), ("fay", "hr", 25)]
by_age = sorted(records, key=lambda r: r[2])
print([r[0] for r in by_age])
by_dept_then_age = sorted(sorted(records, key=lambda r: r[2]), key=lambda r: r[1])
print([(r[1], r[2], r[0]) for r in by_dept_then_age])
print([r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2]))])
words = ["bb", "a", "CC", "b", "aa", "c", "A"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: n * n, reverse=True))
lst = list(nums)
lst.sort(key=lambda n: n % 3)
print(lst)
print(sorted([]), sorted([1]), sorted("zyx"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
print(sorted([[2, 1], [1, 2], [1, 1, 1]]), sorted([(1, "b"), (1, "a")]))
print(sorted([True, False, True]), sorted([2.5, 1, 2]))
