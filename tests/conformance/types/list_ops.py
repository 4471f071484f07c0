# Lists: creation, mutation, nesting.
a = [1, 2, 3]
print(a, len(a))
a.append(4)
a += [5, 6]
print(a)
a[0] = 100
print(a, a[0], a[-1])
print(a + [7], [0] * 5, [[0] * 2] * 2)
nested = [[1, 2], [3, [4, 5]], []]
print(nested, nested[1][1][0], len(nested))
b = a
b.append(99)
print(a is b, a)
c = a[:]
c.append(-1)
print(a == c, len(a), len(c))
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(3 in a, 42 in a)
print(list(range(5)), list("hi"))
m = [[i * j for j in range(3)] for i in range(3)]
print(m)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 3] * 2
alias[0][1] = 5
print(alias)
print([] == [], [None], [[]])
words = ["pear", "apple", "fig"]
words.sort()
print(words)
print(words.index("fig"))
x = [3, 1, 2]
print(sorted(x), x)
print(list(reversed(x)))
print(x * 0)
del x[0]
print(x)
print(["a", 1, 2.5, None, True, (1,), [2]])
