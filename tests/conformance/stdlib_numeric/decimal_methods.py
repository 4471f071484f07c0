from decimal import Decimal as D

for s in ['123.45', '0.001', '1E+5', '-7', '0', '9.99E-10']:
    d = D(s)
    print(s, d.adjusted(), d.is_signed(), d.is_zero(), d.is_normal(), d.is_canonical())
print(D('1.5').max(D('2')), D('1.5').min(D('2')), D('-3').max(D('-4')), D('2.0').max(D('2')), D('2.0').min(D('2')))
print(D('1.23').same_quantum(D('4.56')), D('1.2').same_quantum(D('1.23')))
print(D('2.50').compare(D('2.5')), D(3).compare(D(4)), D(5).compare(D(-5)))
print(D('10').radix(), D('1.5').conjugate(), D('7.5').real, D('7.5').imag)
print(D('1.5').next_plus(), D('1.5').next_minus(), D(0).next_plus())
