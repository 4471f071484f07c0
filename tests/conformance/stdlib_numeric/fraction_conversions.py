from fractions import Fraction as F

for f in [F(1, 3), F(-2, 3), F(10**20, 3), F(1, 10**20), F(7)]:
    print(float(f), int(f), f.as_integer_ratio())
print(complex(F(1, 4)))
print(float(F(10**400, 10**399)))
try:
    float(F(10**400))
except OverflowError as e:
    print("OverflowError", e)
print(str(F(22, 7)), float(F(22, 7)))
n, d = F(6, 4).as_integer_ratio()
print(n, d)
print(F(5, 4).numerator + F(5, 4).denominator)
