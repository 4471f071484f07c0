# Generator expression scoping: the first iterable is evaluated eagerly in the
# enclosing scope, everything else lazily in the genexpr's own scope.

x = 10
g = (x for x in range(3))
print(list(g), x)

# The first iterable is evaluated immediately
def source():
    print("source evaluated")
    return [1, 2]

g = (i for i in source())
print("genexpr created")
print(list(g))

# Errors in the first iterable are raised at creation
try:
    g = (i for i in 42)
except TypeError as e:
    print("TypeError at creation:", e)

# Errors in later iterables are raised lazily
g = (i for i in range(2) for j in 42)
print("created lazily failing genexpr")
try:
    list(g)
except TypeError as e:
    print("TypeError at iteration:", e)

# Rebinding the name of the first iterable after creation has no effect
items = [1, 2, 3]
g = (i * 2 for i in items)
items = [100]
print(list(g))

# but later names are looked up when used
factor = 2
g = (i * factor for i in range(3))
factor = 10
print(list(g))

# class body: only the first iterable sees class names
class Config:
    names = ["a", "b"]
    upper = list(n.upper() for n in names)
    try:
        pairs = list((n, m) for n in names for m in names)
    except NameError as e:
        pairs = "NameError: " + str(e)

print(Config.upper)
print(Config.pairs)

# closures over the enclosing function
def make(n):
    return (i + n for i in range(3))

print(list(make(100)))

def counter_gen():
    total = 0
    values = (total + i for i in range(3))
    total = 50
    return list(values)

print(counter_gen())

# the loop variable does not leak
def no_leak():
    g = list(k for k in range(3))
    try:
        return k
    except NameError as e:
        return "NameError"

print(no_leak())

# generator expression in a generator function
def squares_of_evens(n):
    evens = (i for i in range(n) if i % 2 == 0)
    for e in evens:
        yield e * e

print(list(squares_of_evens(9)))

# nested genexpr referencing the outer loop variable
g = ((i, j) for i in range(2) for j in (i * 10 + k for k in range(2)))
print(list(g))

# qualname of genexprs
def outer():
    return (i for i in [])

print(outer().__qualname__)
print((i for i in []).__qualname__)

class K:
    def method(self):
        return (i for i in [])

print(K().method().__qualname__)

# the iterator of the first iterable is created eagerly too
class Iterable:
    def __iter__(self):
        print("__iter__ called")
        return iter([7, 8])

g = (v for v in Iterable())
print("after creation")
print(list(g))

# global names used lazily
LIMIT = 2
g = (i for i in range(5) if i < LIMIT)
LIMIT = 4
print(list(g))
