from fractions import Fraction as F

print(repr(F(2, 3) * F(9, 4)))
print(repr(F(2, 3) / F(4, 9)))
print(repr(F(-2, 3) * F(3, -2)))
print(repr(F(5, 7) * 0), repr(0 * F(5, 7)))
print(repr(F(1, 3) * 3), repr(3 * F(1, 3)))
print(repr(F(3, 5) / 3), repr(3 / F(3, 5)))
print(repr(F(-4, 9) / F(-2, 3)))
print(repr(F(10**15, 7) * F(7, 10**14)))
p = F(1)
for k in range(2, 8):
    p *= F(k - 1, k)
print(repr(p))
q = F(1, 2)
q /= F(3, 8)
print(repr(q))
print(repr(F(7, 2) / True))
