from enum import Enum, IntEnum

class Color(Enum):
    RED = 1
    GREEN = 2

class Other(Enum):
    RED = 1

print(Color.RED == Color.RED, Color.RED == Other.RED, Color.RED == 1)
print(Color.RED is Color(1), Color.RED != Color.GREEN)
for op in ['<', '>', '<=', '>=']:
    try:
        if op == '<':
            r = Color.RED < Color.GREEN
        elif op == '>':
            r = Color.RED > Color.GREEN
        elif op == '<=':
            r = Color.RED <= Color.GREEN
        else:
            r = Color.RED >= 1
        print(op, r)
    except TypeError as e:
        print(op, type(e).__name__, e)

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

print(Priority.LOW < Priority.HIGH, Priority.HIGH > 2, Priority.LOW == 1)
print(max(Priority), min(Priority), sorted([Priority.HIGH, Priority.LOW]))
