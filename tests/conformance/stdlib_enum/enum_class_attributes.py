from enum import Enum

class Direction(Enum):
    NORTH = 'N'
    EAST = 'E'
    SOUTH = 'S'
    WEST = 'W'

    def turn_right(self):
        members = list(Direction)
        return members[(members.index(self) + 1) % len(members)]

    @property
    def opposite(self):
        return self.turn_right().turn_right()

d = Direction.NORTH
for _ in range(5):
    print(d, d.value, d.opposite)
    d = d.turn_right()
print(Direction.NORTH._name_, Direction.NORTH._value_)
print(Direction.__members__['WEST'])
print(type(Direction).__name__)
print(Direction.SOUTH.__class__ is Direction)
