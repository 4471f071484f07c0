from enum import Enum

class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

print(Shape.ALIAS_FOR_SQUARE)
print(Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape(2).name)
print(list(Shape))
print(len(Shape))
print(list(Shape.__members__))
for name, member in Shape.__members__.items():
    print(name, member, name == member.name)
print(Shape['ALIAS_FOR_SQUARE'])
print([name for name, m in Shape.__members__.items() if m.name != name])
