import decimal
from decimal import Decimal, getcontext

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emax, ctx.Emin, ctx.capitals, ctx.clamp)
print(Decimal(1) / Decimal(7))
ctx.prec = 6
print(getcontext().prec, Decimal(1) / Decimal(7), Decimal(2).sqrt(), Decimal('1.23456789') + 0)
print(repr(Decimal('1.23456789')), repr(+Decimal('1.23456789')), repr(-Decimal('1.23456789')))
ctx.prec = 50
print(Decimal(1) / Decimal(7))
print(Decimal(2) ** 100)
ctx.prec = 3
print(Decimal('999') + 1, Decimal('0.1234') * 1, Decimal(12345) * 1)
ctx.prec = 28
try:
    ctx.prec = 0
except ValueError as e:
    print("ValueError", e)
try:
    ctx.prec = "x"
except TypeError as e:
    print("TypeError", e)
print(getcontext().prec)
