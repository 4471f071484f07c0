# Randomised (seeded) round/format/%/divmod/float-parsing/int-division corners against CPython: a
# cheap net for last-digit differences (found: format(1.7e308, '.2%') must overflow to 'inf%').
import random, math
random.seed(99)
def s(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ':' + str(e)
vals = [random.uniform(-1e6, 1e6) * 10 ** random.randint(-20, 20) for _ in range(400)] + [0.5, 1.5, 2.5, -0.5, 0.125, 1e16, 1e22, 1e-7, 123456789.125, 5e-324, 1.7976931348623157e308]
ints = [random.randint(-10**6, 10**6) for _ in range(100)] + [random.randint(-10**30, 10**30) for _ in range(50)] + [0, 1, -1, 7, -7]
for v in vals:
    print(s(lambda: round(v)), s(lambda: round(v, 2)), s(lambda: round(v, -3)), s(lambda: round(v, 7)))
    for spec in ('.3f', '.10g', 'e', '.2%', ',.2f', '+.1e', '.0f', 'g', '.17g', '_.3f', '015.4f', '.3', 'n', '#.0e', '.25f'):
        print(spec, s(lambda: format(v, spec)))
    print(s(lambda: '%.3f %g %e %r %s %10.4g' % (v, v, v, v, v, v)))
    print(s(lambda: str(v)), s(lambda: int(v)), s(lambda: v.as_integer_ratio()), s(lambda: v.hex()))
    w = random.choice(vals)
    print(s(lambda: divmod(v, w)), s(lambda: v % w), s(lambda: v // w), s(lambda: math.fmod(v, w)), s(lambda: abs(v) ** (w / 1e6)))
for a in ints:
    b = random.choice(ints)
    print(s(lambda: a / b), s(lambda: a // b), s(lambda: a % b), s(lambda: divmod(a, b)), s(lambda: a * 1.5), s(lambda: float(a) == a), s(lambda: a / 3), s(lambda: round(a, -2)), s(lambda: a ** 3 / 7), s(lambda: pow(a, 5, 97)), s(lambda: a.bit_length()), s(lambda: format(a, ',')), s(lambda: format(a, 'x')), s(lambda: format(a, '.3e')), s(lambda: a / 1e10), s(lambda: hash(a)), s(lambda: hash(a / 7)))
for i in range(200):
    t = f"{random.uniform(-1e3, 1e3):.{random.randint(0, 20)}e}"
    print(s(lambda: float(t)), s(lambda: float(t[:random.randint(1, len(t))])))
