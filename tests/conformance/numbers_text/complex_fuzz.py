# Seeded random complex arithmetic against CPython: division by Smith's method as _Py_c_quot does,
# abs() through libm hypot, integral powers by repeated multiplication (signed zeros), polar powers, errors.
import random
random.seed(3)
def s(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ':' + str(e)
def r():
    return random.choice([random.uniform(-10, 10), random.uniform(-1e6, 1e6) * 10 ** random.randint(-10, 10), 0.0, -0.0, 1.0, float(random.randint(-5, 5))])
for i in range(1500):
    a, b = complex(r(), r()), complex(r(), r())
    n = random.randint(-12, 12)
    print(s(lambda: a / b), s(lambda: a * b), s(lambda: abs(a)), s(lambda: a ** n), s(lambda: a ** b.real), s(lambda: a ** (b / 10)), s(lambda: 1 / a), s(lambda: a / 3), s(lambda: 2.5 / a), s(lambda: a ** 0.5))
print(s(lambda: abs(complex(1e308, 1e308))), s(lambda: (1e200 + 1e200j) ** 2), s(lambda: (1e200+1j) ** 2.5), s(lambda: abs(complex(float('inf'), float('nan')))), s(lambda: abs(complex(float('nan'), 1))), s(lambda: 0j ** -1), s(lambda: 0j ** 1j), s(lambda: (1+1j) / 0), s(lambda: (1+1j) / complex(float('nan'), 1)), s(lambda: 0j ** 0))
