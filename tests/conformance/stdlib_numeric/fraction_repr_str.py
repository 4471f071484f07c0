from fractions import Fraction

fs = [Fraction(3, 4), Fraction(-5, 2), Fraction(4), Fraction(0), Fraction(-9, 3), Fraction(1, 10**12)]
for f in fs:
    print(repr(f), str(f), f)
print(fs)
print(f"{Fraction(7, 3)} and {Fraction(7, 3)!r} and {Fraction(6, 3)}")
print("%s %r" % (Fraction(1, 2), Fraction(1, 2)))
print(format(Fraction(5, 6)), "{}".format(Fraction(-1, 6)))
print(str([Fraction(1, 2)]), (Fraction(1, 3),))
print({Fraction(1, 2): 'half'})
