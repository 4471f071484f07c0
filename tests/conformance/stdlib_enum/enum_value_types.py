from enum import Enum

class Misc(Enum):
    NOTHING = None
    HALF = 0.5
    PAIR = (1, 2)
    WORD = 'word'
    NEG = -3
    BIG = 10 ** 20
    FLAG = True

for m in Misc:
    print(m.name, repr(m.value), repr(m))
print(Misc(None), Misc(0.5), Misc((1, 2)), Misc(10 ** 20))
print(Misc(True), Misc(1) if False else 'skip')
print(Misc.PAIR.value[1])

class Listy(Enum):
    A = [1, 2]
    B = [3]
print(Listy([3]), Listy.A.value)
