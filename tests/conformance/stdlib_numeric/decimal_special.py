from decimal import Decimal

inf, ninf, nan = Decimal('Infinity'), Decimal('-inf'), Decimal('NaN')
print(repr(inf), repr(ninf), repr(nan), repr(Decimal('-nan')), repr(Decimal('sNaN')), repr(Decimal('NaN123')))
print(repr(Decimal(float('inf'))), repr(Decimal(float('-inf'))), repr(Decimal(float('nan'))))
for d in [inf, ninf, nan, Decimal(0), Decimal('-1.5'), Decimal('sNaN')]:
    print(d, d.is_nan(), d.is_infinite(), d.is_finite(), d.is_zero(), d.is_signed(), d.is_qnan(), d.is_snan())
print(repr(inf + 1), repr(inf * -2), repr(1 / inf), repr(ninf - inf), repr(nan + 1))
print(inf > 10**100, ninf < -10**100, inf == inf, nan == nan, nan != nan, nan == 1)
print(float(inf), float(ninf), float(nan))
print(str(inf), str(-inf))
