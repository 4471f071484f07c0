# Operator overloading with dunder methods.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __le__(self, other):
        return abs(self) <= abs(other)
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __pow__(self, n):
        return Vec(self.x ** n, self.y ** n)
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2)
print(-a, +a, abs(b), a ** 2)
print(a == Vec(1, 2), a != b, a == "x", a < b, b < a, a <= a, b > a, b >= a)
print(bool(Vec(0, 0)), bool(a), "truthy" if a else "falsy")
print(sorted([b, a, Vec(0, 1)]))
c = a
c += b
print(c, a)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        print("radd with", other)
        return self.__add__(other)
    def __iadd__(self, other):
        print("iadd")
        self.cents += other.cents
        return self
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
print(Money(150) + Money(275))
print(5 + Money(100))
print(sum([Money(1), Money(2), Money(3)]))
m = Money(10)
m += Money(5)
print(m)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return NotImplemented
class Other:
    def __radd__(self, other):
        return "Other.__radd__ called with " + type(other).__name__
print(Num(1) + Other(), 1 + Other())
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o):
        return Bits(self.v & o.v)
    def __or__(self, o):
        return Bits(self.v | o.v)
    def __xor__(self, o):
        return Bits(self.v ^ o.v)
    def __invert__(self):
        return Bits(~self.v)
    def __lshift__(self, n):
        return Bits(self.v << n)
    def __rshift__(self, n):
        return Bits(self.v >> n)
    def __repr__(self):
        return f"Bits({bin(self.v)})"
x, y = Bits(0b1100), Bits(0b1010)
print(x & y, x | y, x ^ y, ~x, x << 2, x >> 2)
