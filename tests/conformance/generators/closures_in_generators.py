# Closures and nested functions inside generators, nonlocal state, generators made by closures.

def make_counter_gen():
    count = 0
    def bump(by=1):
        nonlocal count
        count += by
        return count
    while count < 5:
        yield bump()
    yield "bumped twice: %d" % bump(2)

print(list(make_counter_gen()))

def adders():
    for i in range(3):
        def add(x, i=i):
            return x + i
        yield add

print([f(10) for f in adders()])

def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
        yield [f() for f in fs]

print(list(late_binding()))

def outer_var():
    x = "start"
    def show():
        return x
    yield show()
    x = "changed"
    yield show()

print(list(outer_var()))

def gen_factory(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen

by3 = gen_factory(3)
print(list(by3(4)), list(gen_factory(-1)(3)))

def nested_gens():
    def inner(prefix):
        for c in "ab":
            yield prefix + c
    for p in "xy":
        yield from inner(p)
        yield list(inner(p + p))

print(list(nested_gens()))

def closure_over_loop_generator():
    results = []
    def record(v):
        results.append(v)
    for v in range(3):
        record(v)
        yield results[:]

print(list(closure_over_loop_generator()))

# a generator that captures a variable of the enclosing function
def enclosing():
    total = 100
    def gen():
        nonlocal total
        while total > 90:
            total -= 4
            yield total
    g = gen()
    first = next(g)
    return first, list(g), total

print(enclosing())

# lambdas that call generator functions
flatten = lambda rows: (x for row in rows for x in row)
print(list(flatten([[1], [2, 3]])))

def mapper(f):
    def apply(it):
        for x in it:
            yield f(x)
    return apply

double = mapper(lambda v: v * 2)
print(list(double(range(4))), list(mapper(str.upper)("ab")))

# closures created while suspended see later values
def snapshots():
    value = 0
    getter = lambda: value
    yield getter
    value = 42
    yield getter

gs = snapshots()
g1 = next(gs)
print(g1())
next(gs)
print(g1())

# recursive generator defined inside a function
def permutations(items):
    def perm(prefix, rest):
        if not rest:
            yield prefix
        for i in range(len(rest)):
            yield from perm(prefix + [rest[i]], rest[:i] + rest[i + 1:])
    return perm([], list(items))

print(list(permutations("abc")))
print(len(list(permutations(range(5)))))

# global state from a generator
COUNTER = 0

def global_gen():
    global COUNTER
    while COUNTER < 3:
        COUNTER += 1
        yield COUNTER

print(list(global_gen()), COUNTER)

# class defined inside a generator
def class_factory():
    for name in ["A", "B"]:
        class Item:
            label = name
            def describe(self):
                return "I am " + self.label
        yield Item().describe()

print(list(class_factory()))
