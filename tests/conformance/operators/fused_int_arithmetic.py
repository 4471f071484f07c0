# Int arithmetic trees (+ - * and // or % by a positive literal) computed in machine words when
# every operand is an exact int: results, overflow into big ints, floor rounding of negatives,
# operands of other types, evaluation order and errors must all be CPython's.


def lcg(seed, n):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(seed)
    return out


print(lcg(12345, 5))


def mix(a, b):
    return (a * 31 + b) % 1000000007, (a - b) // 7, -a * b + 3, (a + b) * (a - b) % 97, -(a // 3) % 5


for a, b in [(0, 0), (5, 3), (-5, 3), (-7, -7), (123456789, -987654321), (2**31, 2**31 + 1),
             (2**62, 2**62), (-2**63, 1), (2**63 - 1, 1), (2**63, -1), (2**100, 3), (-2**100, -3),
             (9223372036854775807, 9223372036854775807), (-9223372036854775807, 2)]:
    print(a, b, mix(a, b))

# Overflow of an intermediate product, sum or difference, then a modulo back into range.
big = 3037000500
print(big * big + 1 - 1, (big * big * 2) % 1000, (big * big + big * big) // 3)
m = -9223372036854775807
print(m - 1 - 1, m - 2 + 5, -(m - 1) % 10, (m - 1) * 1 // 2)

# Operands that are not exact ints take the general path.
print(mix(True, False), mix(True, 2), mix(2.5, 1), mix(1, 0.5))


class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other):
        return Num(self.v * other * 10)

    def __add__(self, other):
        return Num(self.v + other)

    def __mod__(self, other):
        return self.v % other

    def __floordiv__(self, other):
        return Num(self.v // other)

    def __rsub__(self, other):
        return other - self.v


n = Num(4)
print((n * 31 + 2) % 1000000007, (n // 3 + 1) % 5, 100 - n * 2 * 1 % 3)


def order():
    log = []

    def v(name, value):
        log.append(name)
        return value

    r = (v("a", 7) * v("b", 8) + v("c", 9)) % 10
    s = (v("d", 1.5) * v("e", 2) + v("f", 3)) % 10
    t = (v("g", 2**70) * v("h", 3) - v("i", 1)) // 4
    return r, s, t, log


print(order())


def errors():
    try:
        print(("x" * 2 + 1) % 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print((None + 1) * 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print((unbound * 2 + 1) % 5)
        unbound = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    s = "ab"
    print((s * 2 + "c") * 2)
    lst = [1, 2]
    print((lst * 2 + [3]) * 2)


errors()


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


print(checksum("The quick brown fox " * 50))

g = 17
print((g * g - 3) // 4 % 6, -g * 3 % 5, (-g) // 4 - g % 4)
