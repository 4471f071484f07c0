from decimal import Decimal as D

print(D('1.0') == D('1.00'), D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D(2) != 2)
print(D('1.5') < 2, D('1.5') > 1.25, 3 > D('2.9'), D('-1') < D('-0.5'), D('0') == D('-0'))
print(sorted([D('3.1'), D('-2'), D('1E+1'), D('0.001'), D('2.50'), D('2.5')]))
print(max(D('1.1'), D('1.10')), min([D(5), D(3), D(4)]))
from fractions import Fraction
print(D('0.5') == Fraction(1, 2), D('0.25') < Fraction(1, 3), D(1) > Fraction(2, 3))
print(D('1.5').compare(D('2')), D('2').compare(D('1.5')), D('2.0').compare(D(2)))
print(D('1.5') == '1.5', D(1) != None)
try:
    D(1) < "2"
except TypeError as e:
    print("TypeError", e)
try:
    D('NaN') < 1
except Exception as e:
    print(type(e).__name__, e)
