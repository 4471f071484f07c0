import statistics
from fractions import Fraction as F
from decimal import Decimal as D

for data in [[1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 2], [2.5, 1.0], [7], [1, 2], [F(1, 2), F(1, 3)], [D('1.1'), D('2.2'), D('3.3'), D('4.4')], range(100), [3, 1, 2, 2, 2]]:
    print(repr(statistics.median(data)))
try:
    statistics.median([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
print(statistics.median(["b", "a", "c"]))
