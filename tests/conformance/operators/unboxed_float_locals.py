# Function locals stored from float arithmetic (kept as doubles by Pyrolyn): the values read back,
# stores of other types into the same local, ints that the arithmetic converts, -0.0, inf and
# nan, division by zero, unbound and deleted locals, augmented assignments, and locals captured
# by a closure (which stay objects).
import math


def distances(points):
    out = []
    for i in range(len(points) - 1):
        dx = points[i + 1][0] - points[i][0]
        dy = points[i + 1][1] - points[i][1]
        d2 = dx * dx + dy * dy
        out.append((dx, dy, d2, math.sqrt(d2)))
    return out


print(distances([(0.0, 0.0), (3.0, 4.0), (3.5, -1.25), (3, 1)]))


def mixed(a, b):
    x = a + b          # float, int or str, depending on the arguments
    y = x * 2
    return x, y, type(x).__name__, type(y).__name__


print(mixed(1.5, 2), mixed(1, 2), mixed("ab", "c"), mixed([1], [2]), mixed(True, 0.5))


def specials():
    z = 0.0
    nz = -z
    inf = 1e308 * 10.0
    nan = inf - inf
    big = 2.0 ** 1000 * 2.0 ** 100
    return repr(nz), repr(z * -1.0), inf, -inf, nan != nan, math.isnan(nan), big, 1 / inf


print(specials())


def divide(a, b):
    q = a / b
    return q


print(divide(1.0, 4), divide(7, 2), divide(-0.0, 5.0))
for a, b in ((1.0, 0.0), (1, 0), (0.0, 0)):
    try:
        print(divide(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def augmented(n):
    total = 0.5
    for i in range(n):
        total += i * 0.25
        total *= 1.0001
        total -= 0.125
    total /= 3
    return round(total, 9)


print(augmented(10), augmented(0))


def unbound(flag):
    if flag:
        v = 1.5 * 2.0
    return v


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def deleted():
    w = 2.5 * 2.0
    del w
    return w


try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def captured():
    c = 1.5 * 3.0
    inner = lambda: c * 2
    c = c + 1.0
    return inner(), c


print(captured())


def reassigned(seq):
    acc = 1.0 * 1.0
    for item in seq:
        acc = acc * item
    acc = str(acc) + "!"
    return acc


print(reassigned([2.0, 3.5]), reassigned([2, 3]), reassigned([]))


def compare(a, b):
    d = a - b
    if d < 0.0:
        return "less", d
    if d == 0:
        return "equal", d
    return "greater", d


print(compare(1.0, 2.0), compare(2.0, 2.0), compare(3, 2.5), compare(10, 3))


def loop_float(n):
    x = 0.1
    i = 0
    while i < n:
        x = x * 1.5 - 0.05
        i += 1
    return x, f"{x:.6f}", int(x), x.is_integer(), round(x, 2)


print(loop_float(5), loop_float(0))
