from fractions import Fraction
import math

def cf(x, n):
    out = []
    for _ in range(n):
        a = math.floor(x)
        out.append(a)
        x = x - a
        if x == 0:
            break
        x = 1 / x
    return out

def convergent(terms):
    x = Fraction(terms[-1])
    for a in reversed(terms[:-1]):
        x = a + 1 / x
    return x

print(cf(Fraction(415, 93), 10))
t = cf(Fraction(math.pi), 6)
print(t)
for i in range(1, len(t) + 1):
    print(repr(convergent(t[:i])))
print(cf(Fraction(-7, 3), 5))
