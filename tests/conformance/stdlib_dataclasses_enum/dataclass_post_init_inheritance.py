from dataclasses import dataclass, field, fields


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.w * self.h
        print("post_init", self.w, self.h)


r = Rect(2, 3)
print(r)
try:
    Rect(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Base:
    id: int
    name: str = "base"

    def describe(self):
        return f"{type(self).__name__}#{self.id}"


@dataclass
class Child(Base):
    extra: list = field(default_factory=list)
    name: str = "child"


c = Child(1)
print(c)
print([f.name for f in fields(Child)])
print(c.describe(), isinstance(c, Base))
print(Child(2, "n", [1]))
print(Base(1) == Child(1))


class Plain(Base):
    pass


print(Plain(3))


@dataclass
class Validated:
    value: int

    def __post_init__(self):
        if self.value < 0:
            raise ValueError(f"negative: {self.value}")


print(Validated(1))
try:
    Validated(-5)
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Counter:
    counts: dict = field(default_factory=dict)
    total: int = 0

    def add(self, key):
        self.counts[key] = self.counts.get(key, 0) + 1
        self.total += 1
        return self


cnt = Counter().add("a").add("b").add("a")
print(cnt)


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

    def add(self, v):
        n = Node(v)
        self.children.append(n)
        return n


root = Node(1)
root.add(2).add(3)
root.add(4)
print(root)


@dataclass
class Sub(Rect):
    label: str = "sub"

    def __post_init__(self):
        super().__post_init__()
        self.label = self.label.upper()


print(Sub(1, 1))


@dataclass
class Point3:
    x: int = 0
    y: int = 0
    z: int = 0


print(Point3(), Point3(1), Point3(z=5))
print(Point3.__dataclass_fields__["z"].default)
