# Function locals that the compiler keeps as C# longs while they hold ints (IntLocals):
# every transition between the unboxed and the boxed form must be invisible.
import sys


def overflow_and_back():
    x = 1
    steps = []
    for _ in range(70):
        x *= 3                      # leaves the long range, continues as a big int
    steps.append(x)
    x = x // (3 ** 60)              # a big int expression: stored boxed
    steps.append(x)
    x += 1                          # back to a long-sized int
    steps.append(x)
    y = sys.maxsize
    y += 1
    steps.append(y)
    y -= 2
    steps.append(y)
    z = -sys.maxsize - 1            # long.MinValue is never kept unboxed
    z -= 0
    steps.append(z)
    z = z * -1
    steps.append(z)
    return steps


def other_types():
    v = 0
    out = []
    v += 1.5                        # becomes a float
    out.append(v)
    v = 2
    v = v * True                    # a bool operand takes the general code
    out.append((v, type(v).__name__))
    v = 10
    v = "ab" * 2
    out.append(v)
    v = 3
    v += 4
    out.append(v)
    return out


def copies_and_compares(n):
    a = 5
    b = a
    b += 1
    c = b
    out = [a, b, c, a < b, b == c, a != c, b >= 6, a > 4.5, a == 5.0, c <= True]
    i = 0
    while i < n:
        i += 1
    out.append(i)
    j = 10
    while j > n * 2 - 1:
        j -= 1
    out.append(j)
    return out


def range_counters(n):
    total = 0
    for i in range(n):
        total += i * i
    last = 0
    for k in range(sys.maxsize - 2, sys.maxsize):
        last = k
    return total, i, last, last + 1


def unbound_reads(flag):
    if flag:
        w = 1
    try:
        w += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q = 7
    del q
    try:
        print(q)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    q = 8
    return q


def identity_of_small_ints():
    a = 200
    a += 56
    b = 256
    return a is b, a == b, id(a) == id(b)


def in_nested(n):
    count = 0

    def inner():
        return count + 1            # count is a cell here, not an unboxed local

    for _ in range(n):
        count += 1
    return inner()


def floor_and_mod(n):
    h = 0
    out = []
    for c in "hello":
        h = (h * 31 + ord(c)) % 1000003
        out.append(h)
    m = -n
    m //= 4
    out.append(m)
    m %= 3
    out.append(m)
    return out


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        t = self.n
        t += k
        self.n = t
        return t


print(overflow_and_back())
print(other_types())
print(copies_and_compares(7))
print(range_counters(1000))
print(unbound_reads(False))
print(identity_of_small_ints())
print(in_nested(5))
print(floor_and_mod(17))
c = Counter()
print(c.bump(5), c.bump(2 ** 70), c.n)


def subscripts():
    items = [10, 20, 30]
    table = {0: "zero", 2: "two"}
    text = "héllo"
    out = []
    i = 0
    while i < 3:
        items[i] = items[i] + 1
        out.append(items[i])
        i += 1
    k = -1
    k -= 0
    out.append(items[k])
    out.append(table[i - 1])
    j = 1
    j *= 1
    out.append(text[j])
    big = 2 ** 40
    big += 0
    try:
        items[big]
    except IndexError as e:
        out.append(str(e))
    try:
        items[i]
    except IndexError as e:
        out.append(str(e))
    return out


print(subscripts())


def arithmetic_indexes():
    items = list(range(0, 100, 10))
    out = []
    s = 123456
    while s > 0:
        out.append(items[s % 10])
        s //= 10
    i = 3
    i += 0
    out.append(items[i - 1])
    out.append(items[i * 3 - 10])
    items[i + 1] = "set"
    out.append(items[4])
    big = 2 ** 62
    big += 0
    try:
        items[big * 4]
    except IndexError as e:
        out.append(str(e))
    try:
        items[big + 1]
    except IndexError as e:
        out.append(str(e))
    f = 2.0
    try:
        items[f + 1]
    except TypeError as e:
        out.append(str(e))
    return out


print(arithmetic_indexes())


def truthiness(flag):
    k = 3
    steps = 0
    while k:
        k -= 1
        steps += 1
    out = [steps, k]
    if not k:
        out.append("zero is false")
    k = 2 ** 70
    k -= 2 ** 70
    out.append(bool(k) or "big zero is false")
    k = []
    if k:
        out.append("empty list is true?")
    else:
        out.append("empty list is false")
    if flag:
        u = 1
    u += 0 if flag else 0
    try:
        if u:
            pass
    except UnboundLocalError as e:
        out.append(str(e))
    return out


print(truthiness(True))
try:
    print(truthiness(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
