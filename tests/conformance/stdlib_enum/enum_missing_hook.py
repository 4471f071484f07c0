from enum import Enum

class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

print(Status('ACTIVE'))
print(Status('Inactive'))
try:
    Status('unknown')
except ValueError as e:
    print(type(e).__name__, e)
try:
    Status(3)
except ValueError as e:
    print(type(e).__name__, e)

class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 'nope'

try:
    Bad(2)
except TypeError as e:
    print(type(e).__name__, e)

class Default(Enum):
    UNKNOWN = 0
    ONE = 1
    @classmethod
    def _missing_(cls, value):
        return cls.UNKNOWN

print(Default(1), Default(99), Default('x'))
