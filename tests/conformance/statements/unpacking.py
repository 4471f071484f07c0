# Multiple assignment, tuple unpacking, starred and nested unpacking.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, [n, o]] = [10, [20, 30]]
print(m, n, o)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print(i, name, score)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
head, *tail = "x"
print(head, tail)
a, b, c = "xyz"
print(a, b, c)
(a, b), (c, d) = [[1, 2], [3, 4]]
print(a, b, c, d)
a, (b, *cs), d = 1, (2, 3, 4, 5), 6
print(a, b, cs, d)
lst = [0, 0, 0]
lst[0], lst[2] = 5, 9
print(lst)
i = 0
i, lst[i] = 1, 42
print(i, lst)
print(*[1, 2, 3])
print(*"ab", *[3], sep="-")
combined = [*range(3), *"hi", *[None]]
print(combined)
t = (*range(2), 5)
print(t)
d = {**{"a": 1}, "b": 2}
print(d)
a, b = b, a + b
print(a, b)
