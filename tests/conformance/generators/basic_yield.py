# Basic yield: iteration, next(), exhaustion, generators as values.

def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(0)))
print(list(count_up(1)))
print(list(count_up(6)))
print(tuple(count_up(3)))
print(sum(count_up(101)))
print(max(count_up(10)), min(count_up(10)))
print(sorted(count_up(5), reverse=True))
print(set(count_up(4)) == {0, 1, 2, 3})
print(dict(zip("abc", count_up(3))))

g = count_up(3)
print(next(g))
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
try:
    next(g)
except StopIteration as e:
    print("again", e.args)
print(next(g, "default"))

def empty():
    return
    yield

print(list(empty()))
print(next(empty(), "nothing"))

def only_none():
    yield
    yield None

print(list(only_none()))

def several_types():
    yield 1
    yield "two"
    yield [3]
    yield (4,)
    yield {5: 5}
    yield 6.5
    yield None
    yield True

for item in several_types():
    print(type(item).__name__, item)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

f = fib()
print([next(f) for _ in range(15)])

def squares(seq):
    for x in seq:
        yield x * x

print(list(squares([1, 2, 3])))
print(list(squares(range(5))))
print(list(squares(squares([2, 3]))))

g = squares([4])
print(iter(g) is g)
print(type(g).__name__)
print(type(squares).__name__)
print(g.__name__, g.__qualname__)

def outer():
    def inner():
        yield 1
    return inner()

print(outer().__qualname__)

# Each call makes an independent generator.
a = count_up(3)
b = count_up(3)
print(next(a), next(a), next(b), next(a), next(b))

# A generator that yields in a for loop over another generator.
def evens(n):
    for x in count_up(n):
        if x % 2 == 0:
            yield x

print(list(evens(11)))

# Lazy: nothing runs before the first next().
def noisy():
    print("started")
    yield 1
    print("resumed")
    yield 2
    print("finishing")

n = noisy()
print("created")
print(next(n))
print(next(n))
print(next(n, "end"))

# unpacking and star
x, y, z = count_up(3)
print(x, y, z)
first, *rest = count_up(5)
print(first, rest)
print(*count_up(4))
print([*count_up(2), *count_up(3)])
print("-".join(str(i) for i in count_up(5)))
print(list(enumerate(count_up(3), 1)))
print(3 in count_up(5), 7 in count_up(5))
