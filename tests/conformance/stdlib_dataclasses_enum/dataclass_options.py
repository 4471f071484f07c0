from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9, 9), Version(1, 2) <= Version(1, 2))
print(max(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float


c = Coord(1.5, 2.5)
print(c, hash(c) == hash((1.5, 2.5)))
try:
    c.lat = 0
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    del c.lon
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    c.new_attr = 1
except AttributeError as e:
    print("AttributeError:", type(e).__name__, e)
print(isinstance(FrozenInstanceError(), AttributeError))
print({c: "here"}[Coord(1.5, 2.5)])
print(len({Coord(0, 0), Coord(0, 0), Coord(1, 0)}))


@dataclass(eq=False)
class Identity:
    v: int


i1, i2 = Identity(1), Identity(1)
print(i1 == i2, i1 == i1, hash(i1) == hash(i1))


@dataclass(repr=False)
class NoRepr:
    v: int


print(repr(NoRepr(1)).startswith("<__main__.NoRepr object at"))


@dataclass(init=False)
class Manual:
    a: int
    b: int = 5

    def __init__(self, total):
        self.a = total - self.b


m = Manual(12)
print(m)


@dataclass(unsafe_hash=True)
class Hashy:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)


print(hash(Hashy(3)) == hash((3,)))


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return "Custom!"

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)


@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = field(compare=False)


cards = [Card(10, "h"), Card(2, "s"), Card(7, "d")]
print([c.rank for c in sorted(cards)])
print(Card(2, "a") == Card(2, "b"))


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3))
try:
    Opts(1, 2)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass(order=True, eq=False)
    class Broken:
        a: int
except ValueError as e:
    print("ValueError:", e)
