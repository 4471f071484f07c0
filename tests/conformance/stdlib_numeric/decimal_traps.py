import decimal
from decimal import Decimal, getcontext

ctx = getcontext()
print(ctx.traps[decimal.DivisionByZero], ctx.traps[decimal.Inexact], ctx.traps[decimal.InvalidOperation])
ctx.traps[decimal.DivisionByZero] = False
print(repr(Decimal(1) / 0), repr(Decimal(-1) / 0))
ctx.traps[decimal.InvalidOperation] = False
print(repr(Decimal(0) / 0), repr(Decimal('abc')), repr(Decimal(-1).sqrt()))
ctx.traps[decimal.DivisionByZero] = True
ctx.traps[decimal.InvalidOperation] = True
ctx.traps[decimal.Inexact] = True
try:
    Decimal(1) / 3
except decimal.Inexact as e:
    print("Inexact", e)
print(Decimal(1) / 4)
ctx.traps[decimal.Inexact] = False
ctx.clear_flags()
Decimal(1) / 3
print(ctx.flags[decimal.Inexact], ctx.flags[decimal.Rounded], ctx.flags[decimal.DivisionByZero])
ctx.clear_flags()
print(ctx.flags[decimal.Inexact])
print(Decimal(2) / 3)
