from decimal import Decimal as D

print(repr(D(1) / D(3)), repr(D(2) / D(3)), repr(D(1) / D(7)))
print(repr(D(10) / D(4)), repr(D(1) / D(8)), repr(D('1.00') / D('4')))
print(repr(D(100) / D(10)), repr(D('1E+2') / D('1E-2')), repr(D('6.0') / D('2')))
print(repr(D('1.5') * D('2.0')), repr(D('-1.25') * D('4')), repr(D('0.1') * D('0.1')))
print(repr(D('123456789012345') * D('987654321098765')))
print(repr(D(0) / D(5)), repr(D('0.00') / D('3')), repr(D('-0') * D(5)))
print(repr(D(22) / D(7)), repr(D(-22) / D(7)), repr(D(355) / D(113)))
print(repr(D('9.99') * 3), repr(3 * D('9.99')), repr(D(1) / 16), repr(1 / D(16)))
