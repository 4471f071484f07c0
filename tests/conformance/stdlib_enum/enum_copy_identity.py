import copy
from enum import Enum, IntEnum

class Color(Enum):
    RED = 1
    BLUE = 2

class Num(IntEnum):
    ONE = 1

print(copy.copy(Color.RED) is Color.RED)
print(copy.deepcopy(Color.BLUE) is Color.BLUE)
print(copy.deepcopy([Color.RED, Color.BLUE]))
print(copy.copy(Num.ONE) is Num.ONE, copy.deepcopy(Num.ONE))
data = {'c': Color.RED, 'list': [Color.BLUE]}
clone = copy.deepcopy(data)
print(clone['c'] is Color.RED, clone['list'][0] is Color.BLUE)
print(Color.RED.__reduce_ex__(4)[1])
