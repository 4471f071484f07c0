from enum import Enum, IntEnum

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal))
print(Animal.ANT.value, Animal(3), Animal['DOG'])

Color = Enum('Color', 'RED, GREEN, BLUE')
print([(c.name, c.value) for c in Color])

Size = Enum('Size', ['S', 'M', 'L'], start=10)
print([(s.name, s.value) for s in Size])

Pairs = Enum('Pairs', [('ONE', 1), ('TEN', 10)])
print(list(Pairs), Pairs(10))

Mapping = Enum('Mapping', {'X': 'x', 'Y': 'y'})
print(list(Mapping), Mapping('y'))

Level = IntEnum('Level', 'LOW HIGH')
print(list(Level), Level.HIGH + 1, repr(Level.LOW))
print(Animal.__name__, type(Animal).__name__)
