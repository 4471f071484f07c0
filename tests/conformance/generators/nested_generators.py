# Nested generators: generators defined in generators, generators of generators.

def outer(n):
    def inner(k):
        for i in range(k):
            yield "%d.%d" % (n, i)
    for k in range(1, n + 1):
        yield list(inner(k))

print(list(outer(3)))

def gen_of_gens():
    for i in range(3):
        yield (i * 10 + j for j in range(2))

print([list(g) for g in gen_of_gens()])

def zipper(*gens):
    gens = [iter(g) for g in gens]
    while True:
        row = []
        for g in gens:
            try:
                row.append(next(g))
            except StopIteration:
                return
        yield tuple(row)

def letters():
    yield from "abc"

def numbers():
    n = 0
    while True:
        yield n
        n += 1

print(list(zipper(letters(), numbers(), (x * x for x in numbers()))))

# interleaved consumption of two generators sharing a source
def source():
    for i in range(6):
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def odds(src):
    for x in src:
        if x % 2:
            yield x

s = source()
e = evens(s)
o = odds(s)
print(next(e), next(o), next(e), next(o), list(e), list(o))

# generator that creates a generator each time it is resumed
def spawner():
    n = 0
    while True:
        n += 1
        got = yield (c for c in "xyz"[:n])
        if got:
            n = 0

sp = spawner()
print(list(next(sp)), list(next(sp)), list(sp.send(True)))

# generators holding other generators in local variables across yields
def merge(a, b):
    a, b = iter(a), iter(b)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            yield x
            x = next(a, None)
        else:
            yield y
            y = next(b, None)

print(list(merge([1, 4, 9], [2, 3, 10, 11])))
print(list(merge((i * 3 for i in range(4)), (i * 2 for i in range(5)))))

# mutual recursion between generator functions
def ping(n):
    if n > 0:
        yield "ping %d" % n
        yield from pong(n - 1)

def pong(n):
    if n > 0:
        yield "pong %d" % n
        yield from ping(n - 1)

print(list(ping(5)))

# a generator consuming itself indirectly through a list of generators
def chain_all(gens):
    for g in gens:
        yield from g

print(list(chain_all([iter([1]), (x for x in [2, 3]), letters()])))

# generators with default arguments evaluated at definition
def with_default(items=[1, 2]):
    for i in items:
        yield i

print(list(with_default()), list(with_default([3])))

# deeply nested generator functions
def level_a():
    def level_b():
        def level_c():
            yield "c"
        yield from level_c()
        yield "b"
    yield from level_b()
    yield "a"

print(list(level_a()))

# the same generator function running many instances at once
gens = [numbers() for _ in range(3)]
for step in range(3):
    for i, g in enumerate(gens):
        if i <= step:
            next(g)
print([next(g) for g in gens])

# generator expression inside a generator referencing its local
def scaled(values, factor):
    yield from (v * factor for v in values)
    factor = 100
    yield from (v * factor for v in values)

print(list(scaled([1, 2], 3)))

# sending into nested coroutines
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value

def supervisor(results):
    while True:
        acc = yield from accumulator()
        results.append(acc)

results = []
sup = supervisor(results)
next(sup)
for batch in [[1, 2, 3], [10, 20], []]:
    for v in batch:
        sup.send(v)
    sup.send(None)
print(results)
