from enum import Enum, IntEnum, Flag, auto

class Category(Enum):
    TOOL = auto()
    FOOD = auto()
    TOY = auto()

class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    URGENT = 3

class Tag(Flag):
    FRAGILE = auto()
    HEAVY = auto()
    COLD = auto()

items = [
    ('hammer', Category.TOOL, Priority.NORMAL, Tag.HEAVY),
    ('milk', Category.FOOD, Priority.URGENT, Tag.COLD | Tag.FRAGILE),
    ('robot', Category.TOY, Priority.LOW, Tag.FRAGILE),
    ('anvil', Category.TOOL, Priority.LOW, Tag.HEAVY),
    ('fish', Category.FOOD, Priority.URGENT, Tag.COLD),
]

for cat in Category:
    names = [n for n, c, p, t in items if c is cat]
    print(cat.name.lower(), names)
urgent = sorted(items, key=lambda it: (-it[2], it[0]))
print([(n, p.name) for n, c, p, t in urgent])
fragile = [n for n, c, p, t in items if Tag.FRAGILE in t]
print('fragile:', fragile)
all_tags = Tag(0)
for it in items:
    all_tags |= it[3]
print(all_tags, all_tags == (Tag.FRAGILE | Tag.HEAVY | Tag.COLD))
print(sum([p for _, _, p, _ in items]), max([p for _, _, p, _ in items]))
summary = {}
for n, c, p, t in items:
    summary[c] = summary.get(c, 0) + int(p)
print(summary)
print(f"{Priority.URGENT:>3} {Priority.URGENT.name:<8}|")
