import statistics
from fractions import Fraction as F
from decimal import Decimal as D

print(repr(statistics.mean([F(1, 2), F(1, 3), F(1, 6)])))
print(repr(statistics.mean([F(3, 7), 1, 2])))
print(repr(statistics.mean([D('0.5'), D('0.75'), D('0.625'), D('0.375')])))
print(repr(statistics.mean([D(1), D(2)])), repr(statistics.mean([D(1), 2, D(4)])))
print(repr(statistics.mean([F(1, 3), 0.5])))
print(repr(statistics.mean([D('1.1'), D('2.2'), D('3.3')])))
try:
    statistics.mean([D(1), 1.5])
except TypeError as e:
    print("TypeError", e)
try:
    statistics.mean(["a", "b"])
except TypeError as e:
    print("TypeError", e)
