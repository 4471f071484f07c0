from decimal import Decimal, localcontext, getcontext, ROUND_DOWN
import decimal

with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / 3, ctx.prec)
    with localcontext() as inner:
        inner.prec = 2
        inner.rounding = ROUND_DOWN
        print(Decimal(2) / 3)
    print(Decimal(2) / 3)
print(Decimal(1) / 3, getcontext().prec)
with localcontext(prec=8) as c2:
    print(Decimal(1) / 7, c2.prec)
c = decimal.Context(prec=3, rounding=decimal.ROUND_UP)
with localcontext(c):
    print(Decimal(1) / 7)
print(c.prec, getcontext().prec)
print(c.divide(Decimal(1), Decimal(3)), c.add(Decimal('1.234'), Decimal('1')), c.sqrt(Decimal(2)))
old = getcontext()
decimal.setcontext(decimal.Context(prec=4))
print(Decimal(10) / 3)
decimal.setcontext(old)
print(Decimal(10) / 3)
