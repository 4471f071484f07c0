# cmp_to_key sorts with multi-field comparators; total_ordering classes sorted and compared.
from functools import cmp_to_key, total_ordering

people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]

def by_age_desc_then_name(a, b):
    if a[1] != b[1]:
        return b[1] - a[1]
    return -1 if a[0] < b[0] else (1 if a[0] > b[0] else 0)

print(sorted(people, key=cmp_to_key(by_age_desc_then_name)))
print(sorted([5, -3, 2, -8, 0], key=cmp_to_key(lambda a, b: abs(a) - abs(b))))
print(max(["aa", "b", "cccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(sorted("hello world", key=cmp_to_key(lambda a, b: (a > b) - (a < b)), reverse=True))

@total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, text):
        self.rank, self.suit = text[0], text[1]
    def __eq__(self, other):
        return self.ranks.index(self.rank) == self.ranks.index(other.rank)
    def __lt__(self, other):
        return self.ranks.index(self.rank) < self.ranks.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(t) for t in ["Kh", "2c", "Ts", "Ad", "5h", "Tc"]]
print(sorted(hand), max(hand), min(hand))
pairs = [(a, b) for a in hand[:3] for b in hand[3:]]
print([(a, b, a < b, a <= b, a > b, a >= b) for a, b in pairs])
