x: int = 5
y: "str"
z: list[int] = [1, 2]
print(__annotations__)
print(x, z)
try:
    print(y)
except NameError as e:
    print("NameError:", e)


class Point:
    x: int
    y: int = 0
    label: "str" = "origin"
    tags: list[str]

    def __init__(self):
        self.x = 1
        self.note: str = "instance annotations are not recorded"


print(Point.__annotations__)
print(Point.y, Point.label)
print(hasattr(Point, "x"))
print(Point().note)
print("note" in Point.__annotations__)


class NoAnnotations:
    a = 1


print("__annotations__" in NoAnnotations.__dict__)


class Child(Point):
    extra: float = 1.5


print(Child.__annotations__)


def f(a: int, b: "float" = 1.0, *args: str, c: bool = True, **kw: dict) -> list:
    local: int = 3
    return [a, b, c, local]


print(f(1))
print(f.__annotations__)


def g(a, b):
    pass


print(g.__annotations__)

lam = lambda q: q
print(lam.__annotations__)

data: dict = {}
data["k"]: int = 3
print(data)


class Holder:
    value: int = 1
    value2: int = value + 1


print(Holder.value2, Holder.__annotations__)
count: int
count = 10
print(count, __annotations__["count"])
print(sorted(__annotations__))
