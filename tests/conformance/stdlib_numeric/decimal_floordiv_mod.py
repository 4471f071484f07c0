from decimal import Decimal as D

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), ('7.5', '2'), ('-7.5', '2'), ('10', '0.3'), ('1E+3', '7')]:
    x, y = D(a), D(b)
    print(a, b, repr(x // y), repr(x % y), divmod(x, y))
print(repr(D('5.55') % D('1')), repr(D(-1) % 3), repr(-1 % 3))
print(repr(7 // D(2)), repr(7 % D('2.5')), divmod(7, D(3)))
