import statistics
from fractions import Fraction as F

print(statistics.harmonic_mean([40, 60]))
print(statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(repr(statistics.harmonic_mean([F(1, 2), F(1, 3)])))
print(statistics.harmonic_mean([1, 0, 3]), statistics.harmonic_mean([7]), statistics.harmonic_mean([2.5]))
print(statistics.harmonic_mean([1, 2, 4]), statistics.harmonic_mean(range(1, 11)))
for bad in [lambda: statistics.harmonic_mean([]), lambda: statistics.harmonic_mean([-1]), lambda: statistics.harmonic_mean([1, -2]),
            lambda: statistics.harmonic_mean([1, 2], weights=[1])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
try:
    statistics.harmonic_mean(["a"])
except TypeError as e:
    print("TypeError", e)
