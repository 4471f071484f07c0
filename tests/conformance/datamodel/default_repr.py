class C:
    pass


class D:
    def __str__(self):
        return "D as str"


class E:
    def __repr__(self):
        return "E()"


c = C()
r = repr(c)
print(r.startswith("<__main__.C object at 0x"), r.endswith(">"))
print(str(c) == repr(c))
print(str(D()), repr(D()).startswith("<__main__.D object at 0x"))
print(str(E()), repr(E()), f"{E()}", f"{E()!r}", [E(), E()])
print(repr(C).startswith("<class '__main__.C'"), repr(C))
print(repr(int), repr(type), repr(object))


class Outer:
    class Inner:
        pass


print(repr(Outer.Inner))
print(repr(Outer.Inner()).startswith("<__main__.Outer.Inner object at 0x"))
print(object.__repr__(E()).startswith("<__main__.E object at 0x"))
print(format(E()), format(D(), ""))
try:
    format(C(), "x")
except TypeError as e:
    print("TypeError:", e)


class F:
    def __format__(self, spec):
        return f"F[{spec}]"


print(format(F(), "abc"), f"{F():>10}", "{:q}".format(F()))


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
print(repr(E) == "<class '__main__.E'>")
