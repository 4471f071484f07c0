from fractions import Fraction as F

vals = [F(1, 2) + 0.25, 0.25 + F(1, 2), F(1, 3) * 3.0, 1.5 / F(1, 2), F(1, 2) - 0.75, 0.75 - F(1, 2), F(3, 4) / 0.5]
for v in vals:
    print(type(v).__name__, v)
print(F(1, 3) + 1.0)
print(F(1, 10) + 0.2)
print(type(F(1, 2) + 1).__name__, type(F(1, 2) + 1.0).__name__)
print(F(1, 2) + 1j, 1j * F(1, 2))
try:
    F(1, 2) + "x"
except TypeError as e:
    print("TypeError", e)
try:
    "x" * F(2)
except TypeError as e:
    print("TypeError", e)
