import decimal

c = decimal.Context()
print(c)
c2 = decimal.Context(prec=10, rounding=decimal.ROUND_UP, traps=[decimal.Overflow])
print(c2)
print(decimal.BasicContext.prec, decimal.BasicContext.rounding, decimal.ExtendedContext.prec)
print(decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP, decimal.MAX_PREC)
c3 = c.copy()
c3.prec = 7
print(c.prec, c3.prec, c3.Etiny(), c3.Etop())
print(c3.create_decimal('3.14159265'))
print(repr(c3.create_decimal(1.1)))
print(type(c).__name__, isinstance(decimal.getcontext(), decimal.Context))
