from decimal import Decimal

for s in ['1E+2', '100', '0.000001', '0.0000001', '123.456E-10', '-0', '1.10', '1e5', '12E-2', '0E+3', '0.00E-5',
          '-1.5E+10', '1234567E-3', '5E-6', '0.1234E+1', '1E+100', '-7.000E-8', '123E+0', '0.0']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string())
print(Decimal('3.140'), [Decimal('1.0'), Decimal('2')])
print(f"{Decimal('2.50')}", "%s" % Decimal('-0.1'))
