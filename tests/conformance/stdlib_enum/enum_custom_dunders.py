from enum import Enum

class Ordered(Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented

    def __repr__(self):
        return 'Ordered<' + self.name.lower() + '>'

print(Ordered.LOW < Ordered.HIGH, Ordered.HIGH < Ordered.MID)
print(sorted([Ordered.HIGH, Ordered.LOW, Ordered.MID]))
print(repr(Ordered.MID), str(Ordered.MID), [Ordered.LOW])
print(max([Ordered.LOW, Ordered.HIGH]))

class Temperature(Enum):
    COLD = 0
    HOT = 100

    def __str__(self):
        return self.name.capitalize()

    def __format__(self, spec):
        return format(str(self), spec)

print(Temperature.COLD, f"{Temperature.HOT:>6}|", repr(Temperature.HOT))
