from enum import Enum, auto

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + '-' + str(count)
    NORTH = auto()
    SOUTH = auto()
    EAST = auto()

for m in Named:
    print(m.name, m.value)

class Doubling(Enum):
    def _generate_next_value_(name, start, count, last_values):
        print('generate', name, start, count, last_values)
        if not last_values:
            return 1
        return last_values[-1] * 2
    A = auto()
    B = auto()
    C = 100
    D = auto()

print([m.value for m in Doubling])
