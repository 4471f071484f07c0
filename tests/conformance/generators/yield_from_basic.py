# yield from: delegation to generators and to any iterable, return values.

def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    return r1 + r2

g = outer()
print(list(g))

def run(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value

print(run(outer()))

# any iterable
def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", (3,), range(4, 6), {"k": 1}, b"xy")))
print(list(chain()))
print(list(chain([], [], [1])))

# the value of yield from over a plain iterator is None
def over_list():
    r = yield from [1, 2]
    yield ("result", r)

print(list(over_list()))

# nested delegation
def level3():
    yield "l3"
    return 3

def level2():
    r = yield from level3()
    yield "l2 got %d" % r
    return r + 2

def level1():
    r = yield from level2()
    yield "l1 got %d" % r
    return r + 1

print(run(level1()))

# yield from an exhausted generator
def exhausted():
    g = inner(2)
    list(g)
    r = yield from g
    yield r

print(list(exhausted()))

# yield from a generator expression
def from_genexp():
    yield from (x * x for x in range(4))

print(list(from_genexp()))

# yield from with an empty generator returning a value
def empty_with_value():
    return "empty"
    yield

def wrapper():
    r = yield from empty_with_value()
    yield r

print(list(wrapper()))

# flatten
def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, [4, []]], 5], [[6]], 7])))

# yield from in an expression
def expr_use():
    total = (yield from inner(3)) + (yield from inner(1))
    yield total

print(list(expr_use()))

# yield from of a non-iterable
def bad():
    yield from 42

try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)

# gi_yieldfrom
def watch():
    yield from inner(2)

w = watch()
print(w.gi_yieldfrom)
next(w)
print(type(w.gi_yieldfrom).__name__)
list(w)
print(w.gi_yieldfrom)

# a dict's iterator and a range object
def mixed():
    yield from {"a": 1, "b": 2}.items()
    yield from range(3)
    yield from iter([9])

print(list(mixed()))

# custom iterator returning a value through StopIteration
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n + 1

def launch():
    r = yield from Countdown(3)
    yield r

print(list(launch()))
