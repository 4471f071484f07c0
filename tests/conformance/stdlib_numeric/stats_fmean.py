import statistics
from fractions import Fraction

print(statistics.fmean([3.5, 4.0, 5.25]))
print(statistics.fmean([1, 2, 3, 4]), statistics.fmean(range(1, 8)), statistics.fmean(iter([0.1, 0.2, 0.3])))
print(statistics.fmean([Fraction(1, 3), Fraction(2, 3)]))
print(statistics.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
print(statistics.fmean([1, 2, 3], [3, 2, 1]))
print(statistics.fmean([1e16, 1, -1e16]))
for bad in [lambda: statistics.fmean([]), lambda: statistics.fmean([1, 2], weights=[1]), lambda: statistics.fmean([1, 2], weights=[1, -1])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
