# lru_cache eviction order traced step by step for several maxsizes, and typed/kwargs keys.
from functools import lru_cache

for size in [1, 2, 3, 5]:
    seen = []
    @lru_cache(maxsize=size)
    def sq(x):
        seen.append(x)
        return x * x
    for x in [1, 2, 1, 3, 1, 4, 2, 5, 1, 3, 3, 2]:
        sq(x)
    print(size, seen, sq.cache_info())

calls = []
@lru_cache(maxsize=None)
def f(*args, **kwargs):
    calls.append((args, sorted(kwargs.items())))
    return len(calls)

print(f(1), f(1), f(1, 2), f(a=1), f(a=1), f(a=1, b=2), f(b=2, a=1), f(1.0), f("1"), f((1,)))
print(f.cache_info())

@lru_cache(maxsize=128, typed=True)
def t(x, y=0):
    return (type(x).__name__, x, y)

print(t(3), t(3.0), t(3, 0), t(3, y=0), t.cache_info())

@lru_cache(maxsize=4)
def collatz(n):
    return 0 if n == 1 else 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)

print([collatz(n) for n in range(1, 15)], collatz.cache_info())
collatz.cache_clear()
print(collatz.cache_info(), collatz(27), collatz.cache_info().misses > 0)
