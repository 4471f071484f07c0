from decimal import Decimal as D, getcontext
import decimal

for s in ['2', '4', '0.25', '100', '1E+2', '1E+3', '0.0', '-0', '10', '1.44', '0.01', '12345678901234567890', '1E-7', '2.25E+4']:
    print(s, repr(D(s).sqrt()))
getcontext().prec = 10
print(D(2).sqrt(), D(3).sqrt(), D('0.5').sqrt())
getcontext().prec = 28
print(repr(D('Infinity').sqrt()))
try:
    D(-4).sqrt()
except decimal.InvalidOperation as e:
    print("InvalidOperation", e)
