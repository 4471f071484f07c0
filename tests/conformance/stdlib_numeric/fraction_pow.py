from fractions import Fraction as F

print(repr(F(2, 3) ** 2), repr(F(2, 3) ** 0), repr(F(2, 3) ** -2))
print(repr(F(-2, 3) ** 3), repr(F(-2, 3) ** -3), repr(F(-1, 2) ** -2))
print(repr(F(4) ** F(3)), repr(F(9, 4) ** F(-2)))
print(F(9, 4) ** F(1, 2), F(2) ** 0.5, F(8, 27) ** (1 / 3))
print(repr(2 ** F(3)), repr(2 ** F(-2)), 2 ** F(1, 2))
print(repr(F(1, 2) ** True))
print(4.0 ** F(1, 2), 2.0 ** F(3))
print(repr(pow(F(3, 5), 3)))
print(repr(F(10, 3) ** 10))
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F(0, 5) ** -3
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
