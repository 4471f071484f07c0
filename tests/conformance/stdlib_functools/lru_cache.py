# lru_cache: hits/misses, eviction order, maxsize None/0/negative, typed, keyword keys,
# cache_clear, cache_parameters, cache, methods, recursion, wrapped metadata.
import functools
from functools import lru_cache, cache

calls = []

@lru_cache(maxsize=3)
def f(x):
    calls.append(x)
    return x * 10

for x in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    f(x)
print(calls)
print(f.cache_info())
info = f.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info), info == (info.hits, info.misses, 3, 3))
f.cache_clear()
print(f.cache_info())
print(f.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info())

@lru_cache()
def g(a, b=0, *, c=0):
    return a + b + c

print(g(1), g(1), g(1, 0), g(1, b=0), g(a=1), g(1, c=0))
print(g.cache_info())

@lru_cache(maxsize=None)
def h(x):
    calls.append(("h", x))
    return x

calls.clear()
for x in [1, 1.0, True, "a", "a", (1,), (1,)]:
    h(x)
print(calls, h.cache_info())

@lru_cache(maxsize=10, typed=True)
def t(x):
    calls.append(("t", x))
    return x

calls.clear()
for x in [1, 1.0, True, 1, 2]:
    t(x)
print(calls, t.cache_info(), t.cache_parameters())

@lru_cache(maxsize=0)
def z(x):
    return x

z(1); z(1)
print(z.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x

neg(1); neg(1)
print(neg.cache_info())

@cache
def sq(n):
    calls.append(("sq", n))
    return n * n

calls.clear()
print([sq(i % 3) for i in range(7)], calls, sq.cache_info())

def documented(x):
    "The docstring."
    return x

w = lru_cache(documented)
print(w.__name__, w.__doc__, w.__wrapped__ is documented, w(3))
print(type(w).__name__)

class Calc:
    def __init__(self, k):
        self.k = k

    @lru_cache(maxsize=None)
    def scaled(self, x):
        calls.append(("scaled", self.k, x))
        return self.k * x

    def __hash__(self):
        return self.k

    def __eq__(self, other):
        return isinstance(other, Calc) and other.k == self.k

calls.clear()
a, b = Calc(2), Calc(3)
print(a.scaled(5), a.scaled(5), b.scaled(5), Calc(2).scaled(5))
print(calls, Calc.scaled.cache_info())

try:
    f([1, 2])
except TypeError as e:
    print("TypeError", e)
print(f.cache_info())

@lru_cache(maxsize=2)
def boom(x):
    raise ValueError(x)

for i in range(2):
    try:
        boom(1)
    except ValueError as e:
        print("ValueError", e)
print(boom.cache_info())

def check(fn, *args, **kw):
    try:
        print(repr(fn(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(lru_cache, "x")
check(lru_cache(maxsize=2), 5)
check(f.cache_info, 1)
check(cache, 5)
