import decimal
from decimal import Decimal as D

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError), isinstance(e, decimal.DecimalException))

show(lambda: D('abc'))
show(lambda: D('1.2.3'))
show(lambda: D(1) / 0)
show(lambda: D(-1) / D(0))
show(lambda: D(0) / 0)
show(lambda: D(1) // 0)
show(lambda: D(0) // 0)
show(lambda: D(1) % 0)
show(lambda: D(0) % 0)
show(lambda: D('1e999999') * 10)
show(lambda: D(10**30) // D('0.001'))
show(lambda: D('Infinity') - D('Infinity'))
show(lambda: D('Infinity') * 0)
show(lambda: D(-1).sqrt())
try:
    D(1) / 0
except decimal.DivisionByZero as e:
    print("caught DivisionByZero", e.args)
try:
    D(5) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__)
try:
    D('x')
except decimal.InvalidOperation as e:
    print("caught InvalidOperation:", e)
print(decimal.DivisionByZero.__mro__)
print(decimal.InvalidOperation.__mro__)
print(decimal.Overflow.__mro__)
print(issubclass(decimal.FloatOperation, TypeError), issubclass(decimal.DivisionUndefined, ZeroDivisionError))
