# Generator expressions: laziness, filters, nesting, consumers.

g = (x * 2 for x in range(5))
print(type(g).__name__)
print(g.__name__)
print(next(g), next(g))
print(list(g))
print(list(g))

print(sum(x for x in range(101)))
print(max(len(w) for w in ["a", "abcd", "ab"]))
print(min((x - 3) ** 2 for x in range(6)))
print(any(x > 3 for x in [1, 2, 5]))
print(all(x > 0 for x in [1, 2, -5]))
print(sorted(c for c in "generator"))
print("".join(c.upper() for c in "abc"))
print(tuple(i for i in range(3)))
print(set(x % 3 for x in range(10)) == {0, 1, 2})
print(dict((k, v) for k, v in zip("ab", [1, 2])))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(list((i, j) for i in range(3) for j in range(i)))
print(list(x for row in [[1, 2], [3], []] for x in row))
print(list((x, y) for x in "ab" for y in "12" if x != "b" or y != "2"))

# laziness: elements computed one by one
def noisy(x):
    print("computing", x)
    return x * 10

g = (noisy(x) for x in range(3))
print("created")
print(next(g))
print("between")
print(list(g))

# generator expression as the only argument
print(sum(i * i for i in range(4)))
print(list(map(str, (i for i in range(3)))))

# nested generator expressions
nested = ((x, (y for y in range(x))) for x in range(3))
for x, inner in nested:
    print(x, list(inner))

matrix = [[1, 2, 3], [4, 5, 6]]
print(list(list(row[i] for row in matrix) for i in range(3)))

# stopping early
g = (x for x in range(1000000))
for value in g:
    if value > 3:
        break
print(value, next(g))

# send and throw on a generator expression
g = (x for x in range(3))
print(g.send(None))
try:
    g.send(5)
    print(next(g))
except TypeError as e:
    print("TypeError", e)
try:
    g.throw(ValueError("into genexpr"))
except ValueError as e:
    print("ValueError:", e)
print(list(g))

g = (x for x in range(3))
next(g)
g.close()
print(list(g))

# genexpr over a generator function
def numbers():
    yield 3
    yield 1
    yield 2

print(sorted(n * n for n in numbers()))

# unpacking targets
pairs = [(1, "a"), (2, "b")]
print(list(f"{n}{s}" for n, s in pairs))
print(list(a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]))

# empty
print(list(x for x in []))
print(next((x for x in []), "empty"))

# conditional expressions and walrus inside
print(list(("even" if x % 2 == 0 else "odd") for x in range(4)))
print(list(y for x in range(5) if (y := x * x) > 3))
print(y)

# strings and the in operator on a genexpr
print("b" in (c for c in "abc"))
print(4 in (x * 2 for x in range(3)))
