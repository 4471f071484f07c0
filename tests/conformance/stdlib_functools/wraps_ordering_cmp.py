# wraps / update_wrapper, total_ordering (each root operation), cmp_to_key.
import functools
from functools import wraps, update_wrapper, total_ordering, cmp_to_key

def trace(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@trace
def add(a, b):
    "Add two numbers."
    return a + b

print(add(2, 3))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(1, 1))

def original():
    "orig doc"
original.custom = 42

def other():
    pass

res = update_wrapper(other, original)
print(res is other, other.__name__, other.__doc__, other.custom, other.__wrapped__ is original)

def plain():
    pass

def renamed():
    pass
update_wrapper(renamed, plain, assigned=("__doc__",), updated=())
print(renamed.__name__, renamed.__wrapped__ is plain)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

class Outer:
    def method(self):
        "method doc"
        return 1

@wraps(Outer.method)
def fake(self):
    return 2
print(fake.__name__, fake.__qualname__, fake.__doc__)

@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c, a == c, a != b)
print(sorted([Version(3), Version(1, 5), Version(1), Version(2, 0)]))
print(max(Version(1), Version(0, 9)))
try:
    a < 5
except TypeError as e:
    print("TypeError", e)
try:
    a >= 5
except TypeError as e:
    print("TypeError", e)

@total_ordering
class ByGt:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v

x, y = ByGt(1), ByGt(2)
print(x < y, x <= y, x >= y, x > y, x <= ByGt(1), x >= ByGt(1))

@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __le__(self, other):
        return self.v <= other.v

x, y = ByLe(1), ByLe(2)
print(x < y, x <= y, x >= y, x > y, x < ByLe(1), x > ByLe(1))

@total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __ge__(self, other):
        return self.v >= other.v

x, y = ByGe(1), ByGe(2)
print(x < y, x <= y, x >= y, x > y, x < ByGe(1), x > ByGe(1))

@total_ordering
class Both:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return "gt-defined"

print(Both(1) > Both(2), Both(1) <= Both(2), Both(1) >= Both(2))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError", e)

def numeric_desc(a, b):
    return b - a

print(sorted([3, 1, 4, 1, 5, 9, 2, 6], key=cmp_to_key(numeric_desc)))

def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(numeric_desc)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k1 >= k2, k1.obj)
print(min([5, 2, 8], key=cmp_to_key(numeric_desc)))
print(type(K).__name__)

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(lambda: k1 < 5)
check(hash, k1)
check(K)
check(K, 1, 2)
check(wraps)
check(update_wrapper, 1)
