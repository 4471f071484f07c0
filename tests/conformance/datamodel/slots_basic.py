class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
print(p)
p.x = 10
print(p.x, p.y)
print(hasattr(p, "__dict__"))
print(Point.__slots__)
print(type(Point.x).__name__)
print(repr(Point.x))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "y"))
p.y = 5
print(p)
try:
    del p.z
except AttributeError as e:
    print("AttributeError:", e)


class Single:
    __slots__ = "value"


s = Single()
print(hasattr(s, "value"))
s.value = 9
print(s.value)
print(Single.__slots__)


class Child(Point):
    __slots__ = ("z",)


c = Child(1, 2)
c.z = 3
print(c.x, c.y, c.z)
try:
    c.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


lo = Loose(1, 2)
lo.extra = "ok"
print(lo.extra, lo.__dict__)


class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.b, wd.__dict__)


class Empty:
    __slots__ = ()


e = Empty()
try:
    e.anything = 1
except AttributeError as err:
    print("AttributeError:", err)
print(hasattr(e, "__dict__"))

# slots and class attributes
class Cfg:
    __slots__ = ("name",)
    default = "dflt"

cfg = Cfg()
print(cfg.default)
try:
    cfg.default = "x"
except AttributeError as err:
    print("AttributeError:", err)

try:
    class Bad:
        __slots__ = ("v",)
        v = 1
except ValueError as err:
    print("ValueError:", err)

# setattr / getattr on slots
q = Point(0, 0)
setattr(q, "x", 7)
print(getattr(q, "x"), getattr(q, "missing", "default"))
print(sorted(Point.__dict__.keys() & {"x", "y", "__slots__"}))
