from decimal import Decimal as D

print(repr(D('1.1') + D('2.2')), repr(D('0.1') + D('0.2')), 0.1 + 0.2)
print(repr(D('1.30') + D('1.20')), repr(D('1.30') - D('1.20')), repr(D('1') - D('1.00')))
print(repr(D('-5') + D('5')), repr(D('-0') + D('-0')), repr(D('-0') + D('0')))
print(repr(D('1E+2') + D('1')), repr(D('123.456') - D('0.006')))
print(repr(D('1.0000000000000000000000000001') + D('1')))
print(repr(D('9999999999999999999999999999') + D('1')))
print(repr(D('1E+30') + D('1E-30')), repr(D('1E+30') - D('1E-30')))
print(repr(D('12345678901234567890.12345678901234567890') + 0))
total = D(0)
for _ in range(10):
    total += D('0.1')
print(repr(total), total == 1)
print(repr(D('2.5') - 3), repr(3 - D('2.5')))
