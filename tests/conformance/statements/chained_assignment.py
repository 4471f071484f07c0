# Chained assignment and assignment targets of different kinds.
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
d = {}
d["a"] = d["b"] = 0
print(d)
lst = [0, 0, 0]
i = lst[0] = 2
print(i, lst)
class O:
    pass
o = O()
o.p = o.q = "same"
print(o.p, o.q)
first, second = third = (1, 2)
print(first, second, third)
m = [[0, 0], [0, 0]]
m[0][0] = m[1][1] = 7
print(m)
n = 0
n = n + 1
n = n * 10
print(n)
s, t = "ab"
print(s, t)
p = q = r = 0
p, q = q + 1, p + 2
print(p, q, r)
