from fractions import Fraction

h = Fraction(0)
for k in range(1, 31):
    h += Fraction(1, k)
    if k % 5 == 0:
        print(k, h)
print(float(h))
print(h.numerator % 1000, h.denominator % 1000)
