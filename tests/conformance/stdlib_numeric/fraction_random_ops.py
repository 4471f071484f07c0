from fractions import Fraction as F
import math

state = 999
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

def rf():
    k = rnd(4)
    if k == 0:
        return F(rnd(200) - 100)
    if k == 1:
        return F(rnd(2000) - 1000, 1 + rnd(97))
    if k == 2:
        return F((rnd(100) - 50) / (1 + rnd(16)))
    return F(rnd(10**6), 1 + rnd(10**5)) * (1 if rnd(2) else -1)

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for i in range(80):
    a, b = rf(), rf()
    x = (rnd(1000) - 500) / 64
    print(i, a, b, x)
    show("ops", lambda: (a + b, a - b, a * b, a / b, a // b, a % b))
    show("float", lambda: (a + x, x - a, a * x, x / a, divmod(x, a)))
    show("cmp", lambda: (a < b, a <= x, a == x, hash(a) == hash(float(a)) if float(a) == a else None))
    show("round", lambda: (round(a), round(a, 1), round(a, -1), math.floor(a), math.ceil(a), int(a), float(a)))
    show("limit", lambda: (a.limit_denominator(10), a.limit_denominator(3), a ** 2, a ** -1))
