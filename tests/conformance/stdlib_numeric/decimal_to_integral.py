import decimal, math
from decimal import Decimal as D

for s in ['2.5', '3.5', '-2.5', '-3.7', '1.2', '7', '1E+2', '0.5', '-0.5', '123.999']:
    d = D(s)
    print(s, repr(d.to_integral_value()), repr(d.to_integral(decimal.ROUND_FLOOR)), repr(d.to_integral_exact(rounding=decimal.ROUND_UP)),
          round(d), math.floor(d), math.ceil(d), math.trunc(d), int(d))
print(repr(round(D('3.14159'), 2)), repr(round(D('2.675'), 2)), repr(round(D('1234.5'), -2)), repr(round(D('0.5'), 0)))
print(type(round(D('1.5'))).__name__, type(round(D('1.5'), 1)).__name__)
for bad in ['NaN', 'Infinity']:
    try:
        round(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
    try:
        int(D(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
