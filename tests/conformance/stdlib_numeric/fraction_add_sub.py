from fractions import Fraction as F

print(repr(F(1, 2) + F(1, 3)))
print(repr(F(1, 2) - F(1, 3)))
print(repr(F(1, 6) + F(1, 3)))
print(repr(F(5, 12) + F(7, 12)))
print(repr(F(3, 4) - F(3, 4)))
print(repr(F(1, 2) + 1), repr(1 + F(1, 2)), repr(2 - F(1, 2)), repr(F(1, 2) - 2))
print(repr(F(-7, 10) + F(7, 15)))
print(repr(F(1, 10**10) + F(1, 10**12)))
x = F(0)
for k in range(1, 11):
    x += F(1, k * (k + 1))
print(repr(x))
y = F(10)
y -= F(1, 3)
print(repr(y))
print(repr(True + F(1, 2)), repr(F(1, 2) + False))
