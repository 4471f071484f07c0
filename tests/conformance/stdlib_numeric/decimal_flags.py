from decimal import Decimal, getcontext, Context, Overflow, Inexact, Rounded, Subnormal, Underflow, Clamped, FloatOperation, DivisionByZero, InvalidOperation

ctx = getcontext()
ops = [lambda: Decimal(1) / 3, lambda: Decimal(1) / 4, lambda: Decimal('1.23456789012345678901234567890') + 0, lambda: Decimal(2).sqrt(),
       lambda: Decimal('1.5').quantize(Decimal('1')), lambda: Decimal('1E-999999') / 10, lambda: Decimal(4).sqrt(), lambda: Decimal('1.00').normalize(),
       lambda: Decimal(0.1), lambda: Decimal(1) < 1.5, lambda: Decimal('9E+999999') * 10, lambda: Decimal(5) / 0, lambda: Decimal(0) / 0]
ctx.traps[Overflow] = False
ctx.traps[DivisionByZero] = False
ctx.traps[InvalidOperation] = False
for op in ops:
    ctx.clear_flags()
    r = op()
    print(repr(r), [s.__name__ for s in (Inexact, Rounded, Subnormal, Underflow, Clamped, FloatOperation, Overflow, DivisionByZero, InvalidOperation) if ctx.flags[s]])
    print(ctx)
print(ctx.traps)
