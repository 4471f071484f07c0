from fractions import Fraction as F

a, b = F(1, 3), F(2, 5)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(2) == 2, F(2, 1) != 2, 2 == F(4, 2))
print(F(1, 2) < 1, 1 > F(1, 2), F(-1, 2) < -0.4, 0.6 > F(3, 5), F(3, 5) <= 0.6)
nan, inf = float('nan'), float('inf')
print(F(1) < inf, F(1) > -inf, F(10**30) < inf, F(1) == nan, F(1) != nan, F(1) < nan, F(1) > nan)
print(F(1, 2) == 0.5 + 0j, F(1, 2) == 1j)
print(sorted([F(3, 4), 0.5, 1, F(-1, 8), 0.7]))
print(max(F(1, 3), 0.3, F(1, 4)), min(F(1, 3), 0.3, F(1, 4)))
print(F(1, 2) == "1/2", F(1, 2) != None)
try:
    F(1, 2) < "x"
except TypeError as e:
    print("TypeError", e)
