# Multiple inheritance and the C3 method resolution order.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
class E(C, B):
    pass
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
print(D().who(), E().who())
print(D.__mro__)
class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
class Mixin:
    def describe(self):
        return "mixin:" + self.name()
class Named:
    def name(self):
        return "named"
class Thing(Mixin, Named):
    pass
print(Thing().describe())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, C), issubclass(D, (int, A)), isinstance(D(), B))
print([b.__name__ for b in D.__bases__])
