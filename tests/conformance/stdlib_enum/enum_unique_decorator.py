from enum import Enum, unique

@unique
class Good(Enum):
    A = 1
    B = 2
print(list(Good))

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print(type(e).__name__, e)

def check(cls):
    try:
        unique(cls)
        print(cls.__name__, 'unique')
    except ValueError as e:
        print(cls.__name__, 'has aliases')

class A(Enum):
    X = 1
class B(Enum):
    X = 1
    Y = 1
check(A)
check(B)
