# range objects: repr, len, indexing, slicing, membership, equality.
for r in [range(5), range(1, 10), range(0, 20, 3), range(10, 0, -2), range(5, 5), range(0, -10, -3)]:
    print(r, len(r), list(r), bool(r))
r = range(3, 100, 7)
print(r[0], r[-1], r[5], r[2:5], r[::-1], r[::3])
print(10 in r, 17 in r, 99 in r, 94 in r)
print(r.index(24), r.count(24), r.count(25))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 2) == range(1, 11, 2))
print(list(range(2 ** 64, 2 ** 64 + 3)))
print(len(range(0, 10 ** 12, 3)), range(0, 10 ** 20, 3)[-1])
print(sum(range(101)), max(range(-5, 5)), min(range(3, 8)))
print(list(reversed(range(4))), sorted(range(5, 0, -1)))
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print([i * i for i in range(1, 6)])
print(tuple(range(-3, 3)), set(range(3)))
