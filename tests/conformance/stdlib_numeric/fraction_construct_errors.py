from fractions import Fraction

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: Fraction(1, 0))
show(lambda: Fraction(-7, 0))
show(lambda: Fraction(0, 0))
show(lambda: Fraction('abc'))
show(lambda: Fraction('1/0'))
show(lambda: Fraction(1.5, 2))
show(lambda: Fraction(1, 2.0))
show(lambda: Fraction([1]))
show(lambda: Fraction(None))
show(lambda: Fraction(1j))
show(lambda: Fraction('1/2/3'))
show(lambda: Fraction(' '))
show(lambda: Fraction('1 /2'))
