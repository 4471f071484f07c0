# math.gamma/lgamma (CPython's own Lanczos formula, not libm), expm1/log1p (libm), hypot/dist
# (CPython's compensated vector_norm) and the sign of NaN: compared to the last bit via float.hex.
import math
import random
import struct

random.seed(2026)


def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, TypeError) as e:
        return f"{type(e).__name__}: {e}"
    return r.hex() if isinstance(r, float) else repr(r)


samples = [random.uniform(-180.0, 180.0) for _ in range(150)]
samples += [random.choice([-1, 1]) * 10 ** random.uniform(-25, 2.3) for _ in range(150)]
edges = [0.0, -0.0, 1, 2, 3.0, -1, -2.0, 0.5, -0.5, 1e-20, 1e-21, -1e-21, 1e-320, 22.0, 23.0, 24.0,
         140.0, 141.5, 171.6, 171.7, -170.5, -171.5, -200.5, 200.5, 1e308, -1e308,
         float("inf"), float("-inf"), float("nan")]

for name in ("gamma", "lgamma", "expm1", "log1p"):
    f = getattr(math, name)
    print(name, "edges:", [show(f, x) for x in edges])
    print(name, "samples:", [show(f, x) for x in samples[:60]])
    checksum = 0
    for x in samples:
        r = show(f, x)
        checksum = (checksum * 31 + sum(map(ord, r))) % 1_000_000_007
    print(name, "checksum", checksum)

for n in range(1, 8):
    vectors = [[random.uniform(-1e3, 1e3) * 10 ** random.randint(-300, 300) for _ in range(n)] for _ in range(40)]
    print("hypot", n, [show(math.hypot, *v) for v in vectors[:8]])
    print("dist", n, [show(math.dist, v, v[::-1]) for v in vectors[:8]])
    total = sum(math.hypot(*v) == math.sqrt(sum(x * x for x in v)) for v in vectors)
    print("hypot", n, "naive agrees", total)

print(show(math.hypot), show(math.hypot, -3), show(math.hypot, 3, 4), show(math.hypot, 5e-324, 5e-324))
print(show(math.hypot, float("nan"), float("inf")), show(math.hypot, float("nan"), 1.0))
print(show(math.hypot, 1e308, 1e308), show(math.hypot, "3"))
print(show(math.dist, (1, 2), (3,)), show(math.dist, [0, 0], (3, 4)), show(math.dist, iter([1.5]), (0.5,)))

# NaN signs: CPython's NaN is positive; '-nan' and -NaN are negative.
for text in ("nan", "-nan", "+nan", "NaN", "-NAN"):
    v = float(text)
    print(text, math.copysign(1.0, v), struct.pack(">d", v).hex())
print(math.copysign(1.0, math.nan), math.copysign(1.0, -math.nan), struct.pack(">d", math.nan).hex())
print(math.copysign(1.0, float.fromhex("nan")), math.copysign(1.0, float.fromhex("-nan")))
print(math.copysign(2.5, float("nan")), math.copysign(2.5, float("-nan")))
