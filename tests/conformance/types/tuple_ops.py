# Tuples.
t = (1, 2, 3)
print(t, len(t), t[0], t[-1], t[1:])
print((1,), (), tuple(), (1, 2) + (3,))
print(t * 2, 2 in t)
single = 5,
print(single, type(single))
a, b, c = t
print(a, b, c)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99))
print(t.count(2), t.index(3))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1])
print(tuple([4, 5]), tuple("ab"))
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0])
x = (1, [2, 3])
x[1].append(4)
print(x)
print(hash((1, 2)) == hash((1, 2)))
print((1, 2) == (1, 2), (1, 2) != (2, 1))
print(max([(1, "a"), (3, "c"), (2, "b")]))
print(list(zip((1, 2), ("a", "b"))))
print(tuple(range(3)))
print(repr(()), repr((1,)), str((1, "x")))
