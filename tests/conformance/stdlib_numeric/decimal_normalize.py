from decimal import Decimal as D

for s in ['120.00', '0.00', '-0.0', '1.500', '1E+2', '100', '0.001000', '123.4560', '5E-3', '-7.0E+4']:
    print(s, repr(D(s).normalize()))
print(D('1.0').normalize() == D('1.00'), str(D('2.50').normalize()))
print(D('1.23456789012345678901234567890').normalize())
