# functools.reduce and functools.partial (flattening, keywords, repr, attributes, errors).
import functools
import operator
from functools import reduce, partial

print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(operator.add, [1, 2, 3, 4], 10))
print(reduce(lambda a, b: a * b, range(1, 8)))
print(reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0))
print(reduce(operator.add, [5]))
print(reduce(operator.concat, ["ab", "cd", "ef"]))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(operator.add, iter([1.5, 2.5])))
print(functools.reduce(operator.or_, [{1}, {2}, {3}]))

def power(base, exponent=2, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r

square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(3), cube(3, exponent=4), square(7, mod=10))
p = partial(power, 2)
print(p(), p(10), p(10, mod=1000))
print(p.func is power, p.args, p.keywords)
p2 = partial(p, 5, mod=7)
print(p2.func is power, p2.args, p2.keywords, p2())
p3 = partial(p2, mod=3)
print(p3.args, p3.keywords, p3())
print(repr(partial(max, 1, 2)))
print(repr(partial(max, 1, key=abs)))
print(repr(partial(partial(max, 1), 2)))
print(repr(partial(max)))
print(repr(partial(int, base=2)))
print(partial(int, base=2)("101"), partial(int, base=2)("101", base=10))
print(type(p).__name__, type(p).__module__)
basetwo = partial(int, base=2)
basetwo.__doc__ = "Convert base 2 string to an int."
print(basetwo.__doc__, basetwo("10010"))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
print(sorted(["b", "A", "c"], key=partial(str.lower)))
print(partial(print, end="!\n")("hi"))
q = partial(lambda *a, **k: (a, sorted(k.items())), 1, x=1)
print(q(2, y=2), q(x=5))

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(reduce, max)
check(reduce, max, [])
check(reduce, max, [], 1, 2)
check(reduce, max, [1], x=1)
check(reduce, max, 5)
check(reduce, 5, [1, 2])
check(partial)
check(partial, 5)
check(partial(max, 1))
check(partial(power), 1, 2, 3)
try:
    p.func = max
except AttributeError as e:
    print("AttributeError", e)
