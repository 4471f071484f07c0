from fractions import Fraction

for x in [0.5, 0.1, -2.75, 1e-3, 3.0, 0.0, -0.0, 1e20, 2.5e-10]:
    print(x, repr(Fraction(x)), repr(Fraction.from_float(x)))
print(repr(Fraction.from_float(7)))
for bad in [float('inf'), float('-inf'), float('nan')]:
    try:
        Fraction(bad)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        Fraction.from_float(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    Fraction.from_float('1.5')
except TypeError as e:
    print("TypeError", e)
print(Fraction(0.1) == Fraction(1, 10), Fraction(0.1).limit_denominator() == Fraction(1, 10))
