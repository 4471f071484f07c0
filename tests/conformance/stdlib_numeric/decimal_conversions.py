from decimal import Decimal as D

for s in ['1.5', '-2.25', '0.1', '1E+20', '123456789.123456789', '-0', '1E-400']:
    d = D(s)
    print(s, int(d), float(d), d.as_integer_ratio())
print(D('1.50').as_tuple())
print(D('-0.0012').as_tuple(), D('1E+3').as_tuple())
t = D('3.14').as_tuple()
print(t.sign, t.digits, t.exponent)
print(D('Infinity').as_tuple(), D('NaN').as_tuple())
print(complex(D('2.5')), bool(D(0)), bool(D('0.0')), bool(D('0.1')))
try:
    D('Infinity').as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    D('NaN').as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
