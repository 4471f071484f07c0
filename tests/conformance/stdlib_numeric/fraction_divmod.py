from fractions import Fraction as F

print(divmod(F(7, 2), F(1, 3)))
print(divmod(F(-7, 2), F(2, 5)))
print(divmod(F(7, 2), 2))
print(divmod(10, F(3, 4)))
print(divmod(F(9, 4), 0.5))
print(divmod(3.5, F(1, 4)))
for a in [F(11, 3), F(-11, 3)]:
    for b in [F(2, 7), F(-2, 7), 1, -1]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a)
