from fractions import Fraction as F

a = F(5, 3)
print(repr(1 - a), repr(a - 1), repr(3 / a), repr(a / 3), repr(2 * a), repr(a * 2))
print(repr(7 // a), repr(7 % a), repr(a // 7), repr(a % 7))
print(repr(-a + 10**30))
print(repr(sum([a, 1, 2, a])))
print(repr(10**25 / F(10**24)))
n = 0
for k in range(5):
    n = n + F(k, 4)
print(repr(n), n == 5 / 2)
