from fractions import Fraction as F
import math

pi = F(math.pi)
for m in [1, 7, 10, 100, 1000, 10**6]:
    print(m, repr(pi.limit_denominator(m)))
print(repr(F('3.141592653589793').limit_denominator(1000)))
print(repr(F(0.1).limit_denominator()), repr(F(1, 3).limit_denominator(2)))
print(repr(F(-17, 7).limit_denominator(3)), repr(F(3, 4).limit_denominator(10)))
print(repr(F(1, 2).limit_denominator(1)), repr(F(99, 100).limit_denominator(2)))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print("ValueError", e)
print(repr(F(math.sqrt(2)).limit_denominator(50)))
print(repr(F(math.e).limit_denominator(max_denominator=1000)))
