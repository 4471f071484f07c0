from enum import Enum

class Fruit(Enum):
    APPLE = 1
    BANANA = 2
    CHERRY = 3

prices = {Fruit.APPLE: 0.5, Fruit.BANANA: 0.25}
print(prices[Fruit.APPLE], Fruit.CHERRY in prices, prices.get(Fruit.CHERRY, 'n/a'))
counts = {}
for f in [Fruit.APPLE, Fruit.CHERRY, Fruit.APPLE]:
    counts[f] = counts.get(f, 0) + 1
print(counts)
s = {Fruit.APPLE, Fruit.APPLE, Fruit.BANANA}
print(len(s), Fruit.BANANA in s)
print(sorted(s, key=lambda f: f.value))
print(hash(Fruit.APPLE) == hash(Fruit.APPLE))
print(Fruit.APPLE.value in [m.value for m in Fruit])
