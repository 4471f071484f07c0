from enum import Enum

class Coin(Enum):
    PENNY = (1, 'penny')
    NICKEL = (5, 'nickel')
    DIME = (10, 'dime')

    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj

    def __str__(self):
        return self.label + ':' + str(self.value)

print(Coin.PENNY, repr(Coin.DIME))
print(Coin(5), Coin(5).label)
print([c.value for c in Coin])
print(sum([c.value for c in Coin]))
try:
    Coin((1, 'penny'))
except ValueError as e:
    print(type(e).__name__, e)
