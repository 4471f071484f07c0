# count, cycle, repeat: values, laziness, reprs and argument errors.
import itertools
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 5)))
print(list(islice(count(1, 3), 5)))
print(list(islice(count(5, -2), 5)))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(start=3, step=2), 4)))
print(list(islice(count(2**63 - 2), 4)))
print(list(islice(count(-2**63 + 1, -1), 3)))
print(list(islice(count(1, 1.5), 4)))
print(list(islice(count(1j, 1), 3)))
c = count(7)
print(next(c), next(c), repr(c))
print(repr(count()), repr(count(5)), repr(count(5, 2)), repr(count(1.5)), repr(count(1, 1.0)), repr(count(0, -1)), repr(count(2**70)))
c = count(9223372036854775806)
next(c); next(c)
print(repr(c))

print(list(islice(cycle("abc"), 10)))
print(list(islice(cycle([1]), 4)))
print(list(cycle([])))
print(list(islice(cycle(range(3)), 7)))
seen = []
def gen_list():
    seen.append("called")
    return [1, 2]
cy = cycle(gen_list())
print(seen, next(cy), next(cy), next(cy))

print(list(repeat("x", 3)))
print(list(repeat(None, 0)))
print(list(repeat(1, -5)))
print(list(islice(repeat(7), 4)))
print(list(repeat(object=2, times=2)))
r = repeat("a", 3)
print(repr(r), next(r), repr(r), r.__length_hint__())
print(repr(repeat([1, 2])))
print(list(map(pow, range(5), repeat(2))))
print(type(count()).__name__, type(cycle([])).__name__, type(repeat(1)).__name__)
print(count.__name__, itertools.repeat.__name__)
print(isinstance(count(), count))

def check(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(list(islice(r, 5)))
    except Exception as e:
        print(type(e).__name__, e)

check(count, "a")
check(count, 1, "a")
check(count, 1, 2, 3)
check(count, x=1)
check(cycle)
check(cycle, 5)
check(cycle, [1], [2])
check(cycle, [1], x=2)
check(repeat)
check(repeat, 1, "a")
check(repeat, 1, 2, 3)
check(repeat, 1, x=2)
check(repeat, 1, 2.5)
