class C:
    """Doc of C."""
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = "two"

    def method(self):
        return "m"


c = C()
print(c.__class__ is C, c.__class__.__name__)
print(type(c) is c.__class__)
print(c.__dict__)
c.__dict__["z"] = 26
print(c.z)
c.__dict__.update(w=1, v=2)
print(sorted(c.__dict__))
del c.__dict__["a"]
print(hasattr(c, "a"))
print(vars(c) is c.__dict__)
print(vars(c) == c.__dict__)
print(type(c.__dict__).__name__)
print(type(C.__dict__).__name__)
print("method" in C.__dict__, "cls_attr" in C.__dict__, "a" in C.__dict__)
print(C.__dict__["cls_attr"])
print(C.__dict__["__doc__"])
print(C.__dict__["__module__"])
print(sorted([k for k in C.__dict__ if not k.startswith("__")]))
try:
    C.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
print(C.__doc__)
print(C.__name__, C.__qualname__, C.__module__)
print(vars(C) is not None, "method" in vars(C))
print(isinstance(c.__dict__, dict))

class Empty:
    pass

e = Empty()
print(e.__dict__)
e.x = 1
print(e.__dict__)
print(vars(e))
e.__dict__.clear()
print(e.__dict__, hasattr(e, "x"))
print(Empty.__doc__)

class Outer:
    class Inner:
        pass
    def f(self):
        class Local:
            pass
        return Local

print(Outer.Inner.__qualname__, Outer.Inner.__name__)
print(Outer().f().__qualname__)
print(Outer.f.__qualname__)
print(C.method.__qualname__)

try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)

# changing __class__
class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

obj = A()
print(obj.who())
obj.__class__ = B
print(obj.who(), type(obj).__name__)

# assigning __dict__
d = A()
d.__dict__ = {"k": 5}
print(d.k)

# mappingproxy of a simple class
class Small:
    x = 1
mp = Small.__dict__
print(mp["x"], len([k for k in mp]) > 0, mp.get("x"), mp.get("nope", "dflt"))
print(sorted(mp.keys())[:3])
print("x" in mp.keys())
