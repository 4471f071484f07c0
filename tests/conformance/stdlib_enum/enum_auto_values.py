from enum import Enum, auto

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = auto()

print(list(Color))
print([c.value for c in Color])

class Mixed(Enum):
    A = 10
    B = auto()
    C = auto()
    D = 1
    E = auto()

print([(m.name, m.value) for m in Mixed])

class Start(Enum):
    X = 'x'
    Y = 5
    Z = auto()
print(Start.Z.value)
print(repr(auto()), auto(7).value)
