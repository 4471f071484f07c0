class Acc:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Acc({self.v})"

    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self

    def __add__(self, o):
        print("add")
        return Acc(self.v + o)

    def __isub__(self, o):
        self.v -= o
        return self

    def __imul__(self, o):
        self.v *= o
        return self

    def __itruediv__(self, o):
        self.v /= o
        return self

    def __ifloordiv__(self, o):
        self.v //= o
        return self

    def __imod__(self, o):
        self.v %= o
        return self

    def __ipow__(self, o):
        self.v **= o
        return self

    def __ilshift__(self, o):
        self.v <<= o
        return self

    def __irshift__(self, o):
        self.v >>= o
        return self

    def __iand__(self, o):
        self.v &= o
        return self

    def __ior__(self, o):
        self.v |= o
        return self

    def __ixor__(self, o):
        self.v ^= o
        return self

    def __imatmul__(self, o):
        self.v = ("imatmul", self.v, o)
        return self


a = Acc(10)
alias = a
a += 5
print(a, alias is a)
a -= 3
a *= 4
print(a)
a //= 5
a %= 7
print(a)
a **= 3
print(a)
a <<= 2
a >>= 1
print(a)
a &= 0xFF
a |= 0x100
a ^= 1
print(a)
a /= 2
print(a)
a @= "m"
print(a)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)

    def __repr__(self):
        return f"OnlyAdd({self.v})"


b = OnlyAdd(1)
c = b
b += 2
print(b, c, b is c)


class NIInplace:
    def __iadd__(self, o):
        return NotImplemented

    def __add__(self, o):
        return "fell back to __add__"


n = NIInplace()
n += 1
print(n)


class RAdd:
    def __radd__(self, o):
        return f"radd({o})"


x = 5
x += RAdd()
print(x)

# lists in-place vs rebinding
l1 = [1]
l2 = l1
l1 += [2]
print(l1, l2, l1 is l2)
t1 = (1,)
t2 = t1
t1 += (2,)
print(t1, t2, t1 is t2)


class Holder:
    def __init__(self):
        self.items = Acc(0)
        self.d = {"k": Acc(1)}


h = Holder()
h.items += 7
h.d["k"] += 2
print(h.items, h.d)

class NoIadd:
    pass
z = NoIadd()
try:
    z += 1
except TypeError as e:
    print("TypeError:", e)
try:
    z -= 1
except TypeError as e:
    print("TypeError:", e)
try:
    z **= 1
except TypeError as e:
    print("TypeError:", e)
