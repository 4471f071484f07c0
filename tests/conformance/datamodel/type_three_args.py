def init(self, x):
    self.x = x


Point = type("Point", (), {"__init__": init, "kind": "point", "double": lambda self: self.x * 2})
p = Point(21)
print(p.x, p.kind, p.double())
print(Point.__name__, Point.__qualname__, Point.__module__)
print(Point.__bases__ == (object,))
print(type(Point) is type)

Sub = type("Sub", (Point,), {"extra": True})
s = Sub(4)
print(s.double(), s.extra, isinstance(s, Point), issubclass(Sub, Point))
print([c.__name__ for c in Sub.__mro__])

Empty = type("Empty", (), {})
print(Empty.__name__, len(Empty.__dict__) > 0)
print(type(Empty()).__name__)

print(type(5) is int, type("s") is str, type(type) is type)
print(type(None).__name__, type(print).__name__, type(len).__name__)

try:
    type("Bad", 5, {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    pass

Dyn = Meta("Dyn", (), {"v": 1})
print(type(Dyn).__name__, Dyn.v)

WithDoc = type("WithDoc", (), {"__doc__": "dynamic doc"})
print(WithDoc.__doc__)

Multi = type("Multi", (Sub, Empty), {})
print([c.__name__ for c in Multi.__mro__])
