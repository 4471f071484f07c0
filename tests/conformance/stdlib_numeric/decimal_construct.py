from decimal import Decimal

for v in [0, 5, -17, 10**30, '3.14', '-0', '1e3', '1E-7', '  2.50  ', '1_000.5', '+.5', '5.', '-0.000', '12345678901234567890123456789012345']:
    print(repr(v), repr(Decimal(v)))
for f in [0.1, 0.5, -2.75, 1e-5, 3.0, -0.0, 1e22]:
    print(f, repr(Decimal(f)))
print(repr(Decimal()), repr(Decimal(Decimal('1.20'))))
print(repr(Decimal((0, (1, 4, 1), -2))), repr(Decimal((1, (2, 0), 3))))
print(repr(Decimal.from_float(0.25)), repr(Decimal.from_float(7)))
