from decimal import Decimal as D
from fractions import Fraction

print(hash(D('1.5')) == hash(1.5), hash(D(2)) == hash(2), hash(D('0.1')) == hash(Fraction(1, 10)))
print(hash(D('1.0')) == hash(D('1.00')), hash(D(-1)), hash(D(0)), hash(D('-0')))
print(hash(D('0.1')), hash(D('123.456')), hash(D('-2.5')), hash(D('1E+30')), hash(D('Infinity')), hash(D('-Infinity')))
s = {D('1.0'), D('1.00'), 1, 1.0}
print(len(s))
d = {D('0.5'): 'half'}
print(d[0.5], d[Fraction(1, 2)])
try:
    hash(D('sNaN'))
except TypeError as e:
    print("TypeError", e)
