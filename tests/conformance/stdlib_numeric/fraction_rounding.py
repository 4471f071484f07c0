from fractions import Fraction as F
import math

for f in [F(7, 2), F(5, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-1, 3), F(10, 3), F(-10, 3), F(4)]:
    print(f, round(f), math.floor(f), math.ceil(f), math.trunc(f), int(f))
print(repr(round(F(22, 7), 2)), repr(round(F(22, 7), 0)), repr(round(F(1234, 1), -2)), repr(round(F(-22, 7), 3)))
print(repr(round(F(1, 8), 2)), repr(round(F(3, 8), 2)), repr(round(F(1250), -2)), repr(round(F(1350), -2)))
print(type(round(F(7, 2))).__name__, type(round(F(7, 2), 1)).__name__)
print(type(math.floor(F(7, 2))).__name__)
