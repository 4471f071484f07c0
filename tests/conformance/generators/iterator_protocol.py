# The iterator protocol on user classes, iter(callable, sentinel), and mixing with generators.

class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(CountDown(5)))
c = CountDown(2)
print(next(c), next(c), next(c, "done"))
print(iter(c) is c)

class Squares:
    """An iterable (not an iterator): each iter() starts over."""
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return SquaresIterator(self.n)

class SquaresIterator:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i ** 2

s = Squares(4)
print(list(s), list(s), sum(s))
print([a + b for a, b in zip(s, s)])

class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i

print(list(GetItemOnly()))
print([x for x in GetItemOnly()])
print("item1" in GetItemOnly())

# iter(callable, sentinel)
data = [1, 2, 3, 0, 4, 5]
pos = 0
def read():
    global pos
    pos += 1
    return data[pos - 1]

print(list(iter(read, 0)))
print(pos)

def make_reader(values):
    it = iter(values)
    return lambda: next(it, "END")

print(list(iter(make_reader("abc"), "END")))
ci = iter(make_reader([1]), "END")
print(type(ci).__name__, next(ci), next(ci, "exhausted"))

# a generator driving a user iterator
def doubled(it):
    for x in it:
        yield x * 2

print(list(doubled(CountDown(3))))

# StopIteration raised by __next__ ends a for loop
class Stops:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration("value ignored by for")
        return self.n

for x in Stops():
    print("stops", x)

# not iterable / not an iterator
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)

class BadIter:
    def __iter__(self):
        return 5

try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)

try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)

# iterator exhaustion is permanent for generators but not for this class
class Resettable:
    def __init__(self):
        self.items = [1, 2]
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= len(self.items):
            self.i = 0
            raise StopIteration
        self.i += 1
        return self.items[self.i - 1]

r = Resettable()
print(list(r), list(r))

def gen():
    yield 1
    yield 2

g = gen()
print(list(g), list(g))

# builtins consuming user iterators
print(sorted(CountDown(4)), min(CountDown(4)), max(CountDown(4)))
print(dict(zip(CountDown(3), "abc")))
print(list(enumerate(CountDown(2), start=10)))
print(", ".join(map(str, CountDown(3))))
a, b, *rest = CountDown(5)
print(a, b, rest)

# __next__ raising another exception propagates
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")

try:
    for x in Broken():
        pass
except ValueError as e:
    print("ValueError:", e)

# next() with a default on user iterators
print(next(CountDown(0), "empty default"))
