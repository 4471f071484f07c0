from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED)
print(repr(Color.RED))
print(Color.RED.name, Color.RED.value)
print(Color.GREEN.name, Color.GREEN.value)
print(type(Color.RED).__name__)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED != Color.BLUE)
print(Color.RED == 1, Color.BLUE.value == 3)
print(Color)
print(Color.__name__, Color.RED.__class__.__name__)
print([m.name for m in Color])
print([m.value for m in Color])
