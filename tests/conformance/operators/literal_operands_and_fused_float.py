# Operators with a literal operand (passed unboxed by the compiler) and fused float expression
# trees (computed unboxed when every operand is a number): each case must behave exactly like
# the general protocol: int overflow to big ints, bool (an int subclass), user classes with
# __add__/__radd__/__lt__, NaN, -0.0, zero division messages, evaluation order, unbound locals.
import math
import sys


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print("Num.__add__", o)
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __radd__(self, o):
        print("Num.__radd__", o)
        return Num(o + self.v)

    def __sub__(self, o):
        return Num(self.v - o)

    def __rsub__(self, o):
        return Num(o - self.v)

    def __mul__(self, o):
        print("Num.__mul__", o)
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    def __rmul__(self, o):
        print("Num.__rmul__", o)
        return Num(o * self.v)

    def __truediv__(self, o):
        return Num(self.v / o)

    def __rtruediv__(self, o):
        return Num(o / self.v)

    def __neg__(self):
        return Num(-self.v)

    def __lt__(self, o):
        print("Num.__lt__", o)
        return self.v < o

    def __le__(self, o):
        return "le-result"

    def __eq__(self, o):
        print("Num.__eq__", o)
        return self.v == o

    def __iadd__(self, o):
        print("Num.__iadd__", o)
        self.v += o
        return self

    def __repr__(self):
        return f"Num({self.v!r})"


def literals():
    big = sys.maxsize
    print(big + 1, big * 2, -big - 2, 1 - (-big - 1), 3 * big)
    n = 2 ** 53
    print(n + 1, n * 3, n - 1, 1 + n, 2 - n)
    print(True + 1, True - 1, False * 3, True < 2, True == 1, 1 + True)
    print(Num(1) + 1, 1 + Num(2), Num(2) * 3, 3 * Num(2), Num(5) - 1, 1 - Num(5))
    print(Num(1) < 2, Num(3) <= 2, Num(2) == 2, 1.5 < 2, 2.5 < 2, -0.0 == 0)
    print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, -7.5 % 2, 7 / 2, -7 / 2, 1 / 3)
    print(2.0 * 3, 3 * 2.5, 1.0 / 4, 2 / 4.0, 10 - 0.5, 0.5 - 10, 3 + 0.25)
    print(n * 2 / 3, (n * 4 + 1) / 2, big / 7)
    print("ab" * 3, 3 * "ab", [1] * 2, "%d-%s" % (4, "x"), "%d" % 5)
    nan = float("nan")
    print(nan < 1, nan <= 1, nan == 1, nan != 1, nan > 1.0, nan != 1.0, nan == nan)
    print(big + 1 > 5, big + 1 == big + 1, (big + 1) * 1.0 < 2, -1 < -0.5)
    x = 5
    x += 1
    x -= 10
    x *= 3
    print(x)
    x = big
    x += 1
    print(x)
    x = 2.5
    x += 1
    x *= 2
    x -= 0.5
    print(x)
    s = "a"
    s += "b"
    s *= 2
    print(s)
    lst = [1]
    lst += [2]
    lst *= 2
    print(lst)
    u = Num(1)
    u += 5
    print(u)
    for bad in (lambda: "a" + 1, lambda: 1 + "a", lambda: "a" < 1, lambda: None * 2.0, lambda: 5 // 0, lambda: 5 % 0,
                lambda: 5 / 0, lambda: 5.0 / 0, lambda: 5 / 0.0):
        try:
            bad()
        except (TypeError, ZeroDivisionError) as e:
            print(type(e).__name__, e)


def fused(a, b, c, d):
    r1 = a * a + b * b - c
    r2 = (a / b) * 3.5 - 2.5
    r3 = 2.0 * a * b + c
    r4 = -a * b + d / 2
    ok = a * a + b * b <= 4.0
    s = 0.0
    s += a * b
    s -= c * 2
    return r1, r2, r3, r4, ok, s


def fused_cases():
    print(fused(1.5, 2.0, 0.25, 8.0))
    print(fused(1, 2, 3, 4))
    print(fused(1, 2.0, 3, 4))
    print(fused(-0.0, 1.0, 0.0, -0.0))
    print(fused(float("inf"), 1.0, float("inf"), 1.0))
    print(fused(float("nan"), 1.0, 0.0, 1.0))
    print(fused(True, 2.0, 1.0, 2.0))
    print(fused(2 ** 60, 3, 1, 1))
    print(fused(2 ** 70, 3.0, 1, 1))
    print(fused(False, True, True, 2))
    print(fused(Num(1), 2.0, 1.0, 1.0)[0])
    for args in ((1.0, 0, 0.0, 1.0), (1.0, 0.0, 0.0, 1.0), (1, 0, 0, 1)):
        try:
            fused(*args)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)


class Loud:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    @property
    def v(self):
        print("read", self.name)
        return self.value


def order_cases():
    print(Vec(1.0, 2.0, 3.0).dot(Vec(4.0, 5.0, 6.0)), Vec(3.0, 4.0, 12.0).norm())
    print(Vec(1, 2, 3).dot(Vec(4, 5, 6)), Vec(1, 2, 3).dot(Vec(0.5, 5, 6)))
    a, b, c = Loud("a", 1.5), Loud("b", 2.0), Loud("c", 3.0)
    print(a.v * b.v + c.v * 2.0)
    b.value = Num(2)
    print(a.v * b.v + c.v * 2.0)
    c.value = "text"
    try:
        print(a.v * 2.0 + c.v * 2.0 - 1.0)
    except TypeError as e:
        print("TypeError", e)
    zero = Loud("zero", 0.0)
    try:
        print(a.v / zero.v + c.v * 2.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    vals = [1.0, 2.0, 3.0]
    i = 0

    def bump():
        nonlocal i
        i += 1
        return 10.0

    print(vals[i] * 2.0 + bump() * vals[i] - i)
    g = 1.0

    def rebind():
        global G
        G = 100.0
        return 1.0

    global G
    G = 1.0
    print(G * 2.0 + rebind() * G)
    print(g * 2.0 + rebind() * g)


class Box:
    def __init__(self):
        self._v = 1.5
        self.plain = 2.0

    @property
    def v(self):
        print("get v")
        return self._v

    @v.setter
    def v(self, value):
        print("set v", value)
        self._v = value


class Keys:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, k):
        print("getitem", k)
        return self.items[k]

    def __setitem__(self, k, value):
        print("setitem", k, value)
        self.items[k] = value


def aug_targets():
    box = Box()
    dx, m = 0.5, 4.0
    box.v -= dx * m
    box.plain += dx * m
    box.v *= 2 * m
    print(box.v, box.plain)
    b = [1.0, 2, Num(3), 4.0]
    b[0] -= dx * m
    b[1] -= dx * m
    b[2] += dx * m
    b[-1] /= dx * m
    b[3] += 1
    print(b)
    k = Keys([1.0, 2.0])
    k[1] += dx * m
    k[0] *= 3
    print(k.items)
    try:
        b[9] += dx * m
    except IndexError as e:
        print("IndexError", e)
    try:
        b[0] /= dx * 0.0
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, b[0])
    t = (1.0, 2.0)
    try:
        t[0] += dx * m
    except TypeError as e:
        print("TypeError", e)


def unbound(flag):
    if flag:
        x = 1.0
    return x * 2.0 + x * 3.0


def unbound_cases():
    print(unbound(True))
    try:
        unbound(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def loops():
    total = 0
    for i in range(10):
        total += i * 3 - 1
        if i % 3 == 0 and i > 2:
            total -= 1
    k = 0
    while k < 5:
        k += 1
    zr = zi = 0.0
    steps = 0
    while steps < 50 and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + 0.3, 2.0 * zr * zi + 0.5
        steps += 1
    print(total, k, steps, zr, zi)


literals()
fused_cases()
order_cases()
unbound_cases()
loops()
aug_targets()
