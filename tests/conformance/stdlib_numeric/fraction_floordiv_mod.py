from fractions import Fraction as F

cases = [(F(7, 2), F(1, 3)), (F(-7, 2), F(1, 3)), (F(7, 2), F(-1, 3)), (F(-7, 2), F(-1, 3)), (F(5), F(3, 2)), (F(1, 3), F(1, 2))]
for a, b in cases:
    print(repr(a // b), repr(a % b))
print(repr(F(7, 2) // 2), repr(F(7, 2) % 2))
print(repr(7 // F(3, 2)), repr(7 % F(3, 2)))
print(repr(-7 // F(3, 2)), repr(-7 % F(3, 2)))
print(type(F(7, 2) // 1).__name__)
print(repr(F(7, 2) // 0.5), repr(F(7, 2) % 0.75))
print(repr(2.5 // F(1, 2)), repr(2.5 % F(2, 3)))
