import statistics
from fractions import Fraction as F
from decimal import Decimal as D

print(repr(statistics.variance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])))
print(repr(statistics.variance([F(1, 6), F(1, 2), F(5, 3)])))
print(repr(statistics.pvariance([D("27.5"), D("30.25"), D("30.25"), D("34.5"), D("41.75")])))
print(repr(statistics.pvariance([F(1, 4), F(5, 4), F(1, 2)])))
print(repr(statistics.stdev([D('1.5'), D('2.5'), D('2.5'), D('2.75'), D('3.25'), D('4.75')])))
print(repr(statistics.pstdev([D('1'), D('2'), D('3'), D('4')])))
print(repr(statistics.stdev([F(1, 2), F(3, 2), F(5, 2)])), repr(statistics.pstdev([F(1), F(3)])))
print(repr(statistics.variance([1, 2, F(1, 2)])), repr(statistics.pvariance([D(1), 2, 3])))
print(repr(statistics.median([D('1.5'), D('2.5')])), repr(statistics.harmonic_mean([D('2'), D('4')])))
