from fractions import Fraction as F

xs = [F(1, k) for k in range(1, 8)]
print(repr(sum(xs)))
print(repr(sum(xs, F(1, 2))))
print(sorted(xs))
print(sorted([F(3, 7), F(-1, 2), F(2, 9), F(5, 3)], reverse=True))
print(max(xs), min(xs))
print(repr(sum(F(1, 2**k) for k in range(10))))
print(sorted([F(1, 2), F(1, 3), F(1, 2)], key=lambda f: f.denominator))
