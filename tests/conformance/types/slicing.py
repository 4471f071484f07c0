# Slicing with steps and negative indices; slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-3])
print(a[::2], a[1::2], a[::-1], a[::-2], a[8:2:-2])
print(a[-1:-4:-1], a[100:], a[-100:2], a[5:2])
s = "abcdefghij"
print(s[2:5], s[::3], s[::-1], s[-4:-1], s[1:-1:2])
t = tuple(range(6))
print(t[1:4], t[::-1], t[::2], t[-2:])
b = list(range(10))
b[2:4] = ["x", "y", "z"]
print(b)
b[:] = [1, 2, 3]
print(b)
b[1:1] = [10, 20]
print(b)
b[len(b):] = [99]
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::3] = [0, 0, 0]
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[-1]
print(d)
e = list(range(8))
e[5:] = []
print(e)
e[-2:] = "ab"
print(e)
print("hello"[::-1] == "olleh")
print([1, 2, 3][-1:], [1, 2, 3][:-1])
print(s[slice(1, 8, 3)])
print(a[slice(None, None, -3)])
f = [0, 1, 2, 3, 4]
f[1:4] = []
print(f)
