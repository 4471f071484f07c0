from fractions import Fraction

for args in [(), (5,), (3, 4), (6, 8), (-6, 8), (6, -8), (-6, -8), (0, 5), (0, -7), (True,), (12, 4), (10**20, 10**18)]:
    f = Fraction(*args)
    print(args, repr(f), f.numerator, f.denominator)
print(Fraction(numerator=3, denominator=9))
print(Fraction(2**70, 6))
print(Fraction(-1, 3).numerator, Fraction(-1, 3).denominator)
