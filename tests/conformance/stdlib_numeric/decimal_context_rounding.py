import decimal
from decimal import Decimal, getcontext

ctx = getcontext()
ctx.prec = 4
vals = [Decimal('1.23456'), Decimal('-1.23456'), Decimal('2.3455'), Decimal('2.3465'), Decimal('-2.3455'), Decimal('9.9999')]
for mode in [decimal.ROUND_HALF_EVEN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_DOWN,
             decimal.ROUND_UP, decimal.ROUND_FLOOR, decimal.ROUND_CEILING, decimal.ROUND_05UP]:
    ctx.rounding = mode
    print(mode, [str(+v) for v in vals], Decimal(2) / 3, Decimal(-2) / 3)
ctx.rounding = decimal.ROUND_HALF_EVEN
ctx.prec = 28
try:
    ctx.rounding = 'bogus'
except TypeError as e:
    print("TypeError")
print(ctx.rounding)
