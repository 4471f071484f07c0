from fractions import Fraction

for s in ['3/4', '1.5', ' -2/3 ', '1e3', '1.5e-2', '-0.125', '+7', '1_000/3', '.5', '3.', '10/15', '  42  ', '2E2', '-1.25E+1', '0/9', '7/-1', '1/2/3', 'abc', '', '1.2.3', '/2', '0x10']:
    try:
        print(repr(s), repr(Fraction(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
try:
    Fraction('5/0')
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
