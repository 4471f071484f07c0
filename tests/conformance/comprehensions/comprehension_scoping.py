# Comprehension variables do not leak; closures over comprehension variables.
x = "outer"
result = [x for x in range(3)]
print(result, x)
i = 99
squares = {i: i * i for i in range(3)}
print(squares, i)
s = {c for c in "ab"}
print(sorted(s))
try:
    print(c)
except NameError as e:
    print("NameError:", e)
base = 10
print([base + n for n in range(3)])
def f():
    factor = 3
    return [factor * n for n in range(4)]
print(f())
class Holder:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(Holder.doubled)
funcs = [lambda: n for n in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda n=n: n for n in range(3)]
print([fn() for fn in funcs2])
n = "n unchanged"
[n for n in range(5)]
print(n)
nested = [[y for y in range(x)] for x in range(4)]
print(nested)
data = [1, 2, 3]
print([[d, e] for d in data for e in data if d < e])
total = 0
for v in [w * 2 for w in range(5)]:
    total += v
print(total)
