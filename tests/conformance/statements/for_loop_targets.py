# Different assignment targets in for loops.
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
for (n, s) in pairs:
    print(s * n)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for first, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(first, rest)
lst = [0, 0, 0]
for lst[0] in range(3):
    print(lst)
class Holder:
    pass
h = Holder()
for h.value in ["x", "y"]:
    print(h.value)
d = {}
for d["k"] in [1, 2]:
    pass
print(d)
for x in range(3):
    x = x * 10
    print(x)
print(x)
for _ in range(2):
    print("underscore loop")
nested = [[(1, 2), (3, 4)], [(5, 6)]]
for group in nested:
    for a, b in group:
        print(a + b, end=" ")
print()
