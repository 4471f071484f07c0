from fractions import Fraction as F

a = F(-3, 4)
print(repr(-a), repr(+a), repr(abs(a)), repr(abs(-a)), repr(-F(0)))
print(bool(F(0)), bool(F(1, 100)), bool(F(-1, 2)))
print(not F(0), F(0) or "zero", F(2) and "nonzero")
if F(1, 5):
    print("truthy")
print(repr(a.conjugate()), repr(a.real), a.imag)
