# round(): banker's rounding for ints and floats, negative ndigits, correctly rounded decimals.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4.5, 5.5, 1e16 + 2, 2.675]:
    print(repr(v), round(v), type(round(v)).__name__, round(v, 0), round(v, 1), round(v, 2))
for v in [2.675, 1.005, 0.125, 0.375, 1.45, 2.345, 1234.5678, -1234.5678, 0.1 + 0.2, 1e-20, 123.456]:
    print(repr(v), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 10), round(v, -400), round(v, 400))
for v in [0, 5, 15, 25, 35, -25, 1234567, -1234567, 10**30 + 5 * 10**20, 150, 250]:
    print(v, round(v), round(v, 1), round(v, -1), round(v, -2), round(v, -7), round(v, -30))
print(round(True), round(False, 2), type(round(True)).__name__)
print(round(float("inf"), 2), round(float("nan"), 1), round(-0.0), round(-0.4), round(0.0, -3))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError", e)
try:
    round("1")
except TypeError as e:
    print("TypeError", e)
print(round(1.23456789e300, -298), round(5e-324, 323), round(5e-324, 324))
