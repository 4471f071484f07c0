class M:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"M({self.v})"

    def __add__(self, o):
        if isinstance(o, (int, M)):
            return M(self.v + (o.v if isinstance(o, M) else o))
        return NotImplemented

    def __radd__(self, o):
        print("radd", o)
        return M(o + self.v)

    def __sub__(self, o):
        return M(self.v - o)

    def __rsub__(self, o):
        return M(o - self.v)

    def __mul__(self, o):
        return M(self.v * o)

    def __rmul__(self, o):
        return M(o * self.v)

    def __truediv__(self, o):
        return M(self.v / o)

    def __rtruediv__(self, o):
        return M(o / self.v)

    def __floordiv__(self, o):
        return M(self.v // o)

    def __rfloordiv__(self, o):
        return M(o // self.v)

    def __mod__(self, o):
        return M(self.v % o)

    def __rmod__(self, o):
        return M(o % self.v)

    def __pow__(self, o, mod=None):
        return M(pow(self.v, o, mod) if mod else self.v ** o)

    def __rpow__(self, o):
        return M(o ** self.v)

    def __lshift__(self, o):
        return M(self.v << o)

    def __rlshift__(self, o):
        return M(o << self.v)

    def __rshift__(self, o):
        return M(self.v >> o)

    def __rrshift__(self, o):
        return M(o >> self.v)

    def __and__(self, o):
        return M(self.v & o)

    def __rand__(self, o):
        return M(o & self.v)

    def __or__(self, o):
        return M(self.v | o)

    def __ror__(self, o):
        return M(o | self.v)

    def __xor__(self, o):
        return M(self.v ^ o)

    def __rxor__(self, o):
        return M(o ^ self.v)

    def __matmul__(self, o):
        return M(("matmul", self.v, o))

    def __rmatmul__(self, o):
        return M(("rmatmul", o, self.v))

    def __divmod__(self, o):
        return (self.v // o, self.v % o)

    def __rdivmod__(self, o):
        return ("rdivmod", o, self.v)


m = M(6)
print(m + 1, 1 + m, m + M(2))
print(m - 1, 10 - m)
print(m * 2, 3 * m)
print(m / 4, 3 / m)
print(m // 4, 20 // m)
print(m % 4, 20 % m)
print(m ** 2, 2 ** m, pow(m, 2, 5))
print(m << 1, 1 << m)
print(m >> 1, 256 >> m)
print(m & 3, 3 & m)
print(m | 1, 1 | m)
print(m ^ 2, 2 ^ m)
print(m @ 1, 1 @ m)
print(divmod(m, 4), divmod(7, m))
print(sum([M(1), M(2)], 0))
print("a" + m if False else "skip")
try:
    m + "s"
except TypeError as e:
    print("TypeError:", e)


class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"


class Same(Base):
    pass


print(Base() + Derived())
print(Derived() + Base())
print(Base() + Same())
print(1 + Base())


class NoOps:
    pass


for expr in ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]:
    try:
        if expr == "+": NoOps() + 1
        elif expr == "-": NoOps() - 1
        elif expr == "*": NoOps() * 1
        elif expr == "/": NoOps() / 1
        elif expr == "//": NoOps() // 1
        elif expr == "%": NoOps() % 1
        elif expr == "**": NoOps() ** 1
        elif expr == "<<": NoOps() << 1
        elif expr == ">>": NoOps() >> 1
        elif expr == "&": NoOps() & 1
        elif expr == "|": NoOps() | 1
        elif expr == "^": NoOps() ^ 1
        elif expr == "@": NoOps() @ 1
    except TypeError as e:
        print("TypeError:", e)
try:
    1 - NoOps()
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(NoOps(), 1)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(NoOps(), 2)
except TypeError as e:
    print("TypeError:", e)


class Seq:
    def __mul__(self, n):
        return "Seq*" + str(n)
    __rmul__ = __mul__

print(Seq() * 3, 3 * Seq())
print([1] * 2, 2 * (1,))
