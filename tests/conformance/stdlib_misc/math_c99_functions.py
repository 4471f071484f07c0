# math functions added in 3.9-3.11 and the ones CPython takes from the C library:
# erf, erfc, cbrt, exp2, nextafter, ulp, remainder (values, special cases, errors).
import math

for x in [-3.0, -1.0, -0.5, 0.0, 0.1, 0.5, 1.0, 2.5, 6.0]:
    print("erf", x, math.erf(x), "erfc", math.erfc(x))
print(math.erf(float("inf")), math.erf(float("-inf")), math.erfc(float("inf")), math.erfc(-40))
print(math.isnan(math.erf(float("nan"))))

for x in [-27, -8.0, 0.0, 1, 2, 3.375, 1e300, 10]:
    print("cbrt", x, math.cbrt(x))
for x in [-1074, -3.5, -1, 0, 0.5, 1, 10, 52.25, 1023]:
    print("exp2", x, math.exp2(x))

print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(0.0, 1))
print(math.nextafter(5.0, 5.0), math.nextafter(float("inf"), 0), math.nextafter(-0.0, 1))
for x in [1.0, -0.0, 0.0, 1e300, 2.0 ** 52, 5e-324, 1.7976931348623157e308, float("inf")]:
    print("ulp", x, math.ulp(x))

for x, y in [(5, 3), (-5, 3), (5.5, 2), (7, -3), (1, float("inf")), (-6.5, 2), (1e300, 3.0)]:
    print("remainder", x, y, math.remainder(x, y))

for f, args in [(math.remainder, (1, 0)), (math.remainder, (float("inf"), 1)), (math.exp2, (2000,)),
                (math.nextafter, ("a", 1)), (math.ulp, (None,)), (math.cbrt, ("x",))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
