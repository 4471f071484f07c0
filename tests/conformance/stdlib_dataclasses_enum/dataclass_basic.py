from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p)
print(Point(5))
print(Point(x=3, y=4), Point(7, y=8))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(p.x, p.y)
p.x = 10
print(p)
print(Point.__hash__ is None)
print(is_dataclass(p), is_dataclass(Point), is_dataclass(5))
print([f.name for f in fields(Point)])
print([f.type for f in fields(Point)])
print(asdict(p), astuple(p))
q = replace(p, y=99)
print(q, p)
print(Point.__match_args__)
print(Point.y)
print(repr(Point.__init__.__qualname__), Point.__repr__.__qualname__ if hasattr(Point.__repr__, "__qualname__") else "")
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"z": 1}), ((1,), {"x": 2})]:
    try:
        Point(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict)
    count: int = field(default=0, repr=False)
    secret: str = field(default="hidden", compare=False)


a = Inventory("a")
b = Inventory("b")
a.items.append(1)
print(a, b)
print(a.items is not b.items)
print(Inventory("x", secret="1") == Inventory("x", secret="2"))
print(asdict(Inventory("n", [Point(1, 2)], {"k": Point(3, 4)})))


@dataclass
class Nested:
    p: Point
    ps: list


n = Nested(Point(1, 1), [Point(2, 2), (Point(3, 3),)])
print(n)
print(asdict(n))
print(astuple(n))


@dataclass
class WithMethods:
    width: float
    height: float

    def area(self):
        return self.width * self.height

    @property
    def ratio(self):
        return self.width / self.height


w = WithMethods(3.0, 4.0)
print(w.area(), w.ratio, w)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty())

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Order:
        x: int = 1
        y: int
except TypeError as e:
    print("TypeError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    replace(p, z=1)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)
