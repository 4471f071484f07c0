from enum import Enum

class Suit(Enum):
    CLUBS = 'c'
    DIAMONDS = 'd'
    HEARTS = 'h'
    SPADES = 's'

for s in Suit:
    print(s, s.value)
print(len(Suit))
print(list(Suit))
print(list(reversed(Suit)))
print(Suit.HEARTS in Suit)
print([s.name for s in Suit if s.value in 'dh'])
print(dict([(s.name, s.value) for s in Suit]))
print(sorted(Suit, key=lambda s: s.value, reverse=True))
print(list(enumerate(Suit))[1])
try:
    print('c' in Suit)
except TypeError as e:
    print(type(e).__name__, e)
print(bool(Suit), bool(Suit.CLUBS))
