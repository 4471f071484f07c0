# Aliasing, shallow copies and nested mutation of lists and dicts.
a = [1, [2, 3], {"k": 4}]
b = a
c = a[:]
d = list(a)
e = a.copy()
a.append(5)
a[1].append(99)
a[2]["k"] = 40
print(a)
print(b)
print(c)
print(d)
print(e)
print(a is b, a is c, a[1] is c[1], a == b, a == c)
row = [0] * 3
grid_alias = [row] * 3
grid_alias[0][0] = 1
print(grid_alias)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
orig = {"list": [1], "n": 1}
shallow = dict(orig)
shallow["list"].append(2)
shallow["n"] = 2
print(orig, shallow)
def mutate(lst):
    lst.append("mutated")
    lst = ["rebound"]
    return lst
x = ["start"]
y = mutate(x)
print(x, y)
t = ([1], [2])
t[0].append(10)
print(t)
