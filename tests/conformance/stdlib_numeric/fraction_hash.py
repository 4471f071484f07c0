from fractions import Fraction as F

print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-3)) == hash(-3), hash(F(-1)) == hash(-1))
print(hash(F(1, 2)), hash(F(-1, 2)), hash(F(1, 3)), hash(F(2, 7)), hash(F(10**30, 7)))
print(hash(F(5)), hash(F(-1)), hash(F(0)))
d = {F(1, 2): 'a', 2: 'b', 0.75: 'c'}
print(d[0.5], d[F(2)], d[F(3, 4)])
s = {F(1, 2), 0.5, F(2, 4), 1, F(1), 1.0}
print(len(s))
print(hash(F(1, 2**61 - 1)), hash(F(3, 2**61 - 1)))
print(hash(F(1, 1024)) == hash(1 / 1024))
