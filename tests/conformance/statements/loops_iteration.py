# Iterating over various iterables.
for i in range(3):
    print("range", i)
for i in range(10, 0, -3):
    print("down", i)
for ch in "héy":
    print("char", ch)
for item in (1, "two", 3.0):
    print("tuple item", item)
d = {"x": 1, "y": 2}
for key in d:
    print("key", key)
for value in d.values():
    print("value", value)
for i, v in enumerate(["a", "b"], start=1):
    print(i, v)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for x in reversed([1, 2, 3]):
    print("rev", x)
for x in sorted({3, 1, 2}):
    print("sorted", x)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print("growing", x)
n = 0
while n < 3:
    n += 1
print(n)
matrix = [[1, 2], [3, 4]]
for row in matrix:
    for cell in row:
        print(cell, end=" ")
    print()
print(list(range(0)), list(range(-3)), list(range(2, 20, 5)))
r = range(5, 50, 7)
print(r, len(r), r[2], r[-1], 19 in r, 20 in r)
