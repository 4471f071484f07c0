class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        print(f"V{self.n}.__lt__")
        if isinstance(other, V):
            return self.n < other.n
        return NotImplemented

    def __le__(self, other):
        print(f"V{self.n}.__le__")
        if isinstance(other, V):
            return self.n <= other.n
        return NotImplemented

    def __eq__(self, other):
        print(f"V{self.n}.__eq__")
        if isinstance(other, V):
            return self.n == other.n
        return NotImplemented

    def __gt__(self, other):
        print(f"V{self.n}.__gt__")
        if isinstance(other, V):
            return self.n > other.n
        return NotImplemented

    def __ge__(self, other):
        print(f"V{self.n}.__ge__")
        if isinstance(other, V):
            return self.n >= other.n
        return NotImplemented

    __hash__ = None


class W(V):
    def __lt__(self, other):
        print(f"W{self.n}.__lt__")
        return True

    def __gt__(self, other):
        print(f"W{self.n}.__gt__")
        return False


a, b = V(1), V(2)
print(a < b, a <= b, a == b, a != b, a > b, a >= b)
print("--- reflection to the other operand")
print(a < 5 if False else "skip")
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 >= a
except TypeError as e:
    print("TypeError:", e)
print(a == 5)
print(a != 5)
print("--- subclass reflected first")
w = W(3)
print(a < w)
print(a > w)
print(w < a)
print("--- sorting uses __lt__")


class Quiet:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n


vals = [Quiet(3), Quiet(1), Quiet(2)]
print([v.n for v in sorted(vals)])
print(max(V(4), V(9)).n)


class Only:
    def __init__(self, n):
        self.n = n

    def __gt__(self, other):
        return self.n > other.n


print(Only(1) < Only(2))
print(Only(5) < Only(2))
try:
    Only(1) <= Only(2)
except TypeError as e:
    print("TypeError:", e)


class AlwaysNI:
    def __eq__(self, other):
        return NotImplemented


x = AlwaysNI()
print(x == x, x == AlwaysNI(), x != AlwaysNI())

class A:
    pass

class B:
    pass
try:
    A() < B()
except TypeError as e:
    print("TypeError:", e)
try:
    A() >= 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    "s" < A()
except TypeError as e:
    print("TypeError:", e)
print(A() == B(), A() != B())
print([1, 2] == V(1))
