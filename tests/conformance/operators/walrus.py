# Assignment expressions (:=).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
total = 0
i = 0
while (item := data[i]) != 9:
    total += item
    i += 1
print(total, item, i)
squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, y)
values = [(w := v * 10) for v in range(3)]
print(values, w)
print((a := 5) + a)
def f(v):
    return v * 2
results = [r for v in range(5) if (r := f(v)) > 4]
print(results)
text = "a,b,,c"
parts = []
rest = text
while (pos := rest.find(",")) >= 0:
    parts.append(rest[:pos])
    rest = rest[pos + 1:]
parts.append(rest)
print(parts)
if (m := max(data)) and m > 5:
    print("max", m)
