# Method calls on exact lists, dicts, sets and strs (direct paths) against dict subclasses
# and user types with the same method names, their errors, and in-place int operators.
from collections import Counter, OrderedDict, defaultdict


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


# list.append / list.pop()
xs = [1, 2]
xs.append(3)
print(xs.pop(), xs.pop(), xs)
show("pop empty", lambda: [].pop())


# set.add / remove / discard
s = set()
for i in range(40):
    s.add(i)
for i in range(0, 40, 3):
    s.remove(i)
for i in range(0, 40, 2):
    s.discard(i)
print(sorted(s), len(s))
show("remove missing", lambda: s.remove(1000))
show("remove unhashable", lambda: s.remove([1]))
show("add unhashable", lambda: s.add({}))
fs = frozenset([1, 2])
s2 = {fs}
s2.remove({1, 2})  # a set argument is looked up as a frozenset
print(s2)


# set tables with dummies, hash 0 keys and -1 (whose hash is -2)
t = set()
for rnd in range(50):
    for k in (0, -1, -2, 5, 13, 21, 29, rnd):
        t.add(k)
    for k in (-1, 13, rnd):
        t.discard(k)
    t.add(False)
print(t, 0 in t, -1 in t, -2 in t, 0.0 in t, "" in t)
t.add("")
t.add(0.0)
print(len(t), "" in t)


class Key:
    def __init__(self, h, name):
        self.h = h
        self.name = name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.h == other.h

    def __repr__(self):
        return self.name


u = set()
u.add(Key(1, "a"))
u.add(Key(9, "b"))
u.add(Key(1, "c"))
print(Key(1, "d") in u, len(u))
u.discard(Key(9, "e"))
print(len(u))

# dict.get / setdefault
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.setdefault("a", 5), d.setdefault("c", 7), d)
show("get unhashable", lambda: d.get([]))
show("get no args", lambda: d.get())
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
dd = defaultdict(list)
print(dd.get("x"), dd.get("x", 3), dict(dd))
c = Counter("abca")
print(c.get("a"), c.get("z"), c.get("z", 9))
od = OrderedDict(a=1)
print(od.get("a"), od.setdefault("b", 2), od)


class Shadow:
    def __init__(self):
        self.get = lambda *a: ("instance attribute", a)
        self.append = lambda *a: ("instance append", a)


sh = Shadow()
print(sh.get(1), sh.get(1, 2), sh.append(3))

# str.join
print("-".join(["a", "b", "c"]), "".join(x for x in "xyz"), ", ".join({"k": 1}))
show("join int", lambda: "".join([1, 2]))
show("join not iterable", lambda: "".join(5))


# in-place int operators
x = 7
x //= 2
print(x)
x %= -2
print(x)
x = -7
x //= 2
print(x)
x = 2
x **= 100
print(x)
x **= -1
print(x)
x = 5
x <<= 70
print(x)
x >>= 68
print(x)
x &= 6
x |= 9
x ^= 3
print(x)
x = 9223372036854775807
x //= -1
print(x)
x = -9223372036854775808
x //= -1
print(x)
x %= 7
print(x)
x = 1
x /= 4
print(x)


def ifloordiv_zero():
    y = 1
    y //= 0
    return y


def imod_zero():
    y = 5
    y %= 0
    return y


def ilshift_negative():
    y = 5
    y <<= -1
    return y


def imatmul():
    y = 5
    y @= 2
    return y


def ipow_zero():
    y = 0
    y **= -1
    return y


for f in (ifloordiv_zero, imod_zero, ilshift_negative, imatmul, ipow_zero):
    show(f.__name__, f)
b = True
b //= 1
print(b, type(b).__name__)
b = True
b &= False
print(b, type(b).__name__)
