from fractions import Fraction as F

print(repr(F(F(1, 2), F(3, 4))))
print(repr(F(F(1, 3), 2)))
print(repr(F(3, F(1, 2))))
print(repr(F(F(5, 7))))
print(repr(F(F(-2, 3), F(-4, 9))))
print(repr(F(True, 2)), repr(F(4, True)))
try:
    F(F(1, 2), F(0, 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
