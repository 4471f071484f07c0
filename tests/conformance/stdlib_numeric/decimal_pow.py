from decimal import Decimal as D

for a, b in [('1.10', 2), (2, -2), ('0.5', -2), (10, -2), ('1.5', 3), (3, -1), (2, 100), ('2.0', -1),
             ('1E+2', 2), ('0.1', -3), ('-2', 3), ('-2', -3), ('1.000', 5), (7, -3), ('2.50', 4), (5, 0), ('0', 3)]:
    print(a, b, repr(D(a) ** b))
print(repr(D(2) ** D(10)), repr(2 ** D(5)), repr(D(4) ** D('0.5')), repr(D(2) ** D('0.5')))
print(repr(pow(D(3), 4)))
try:
    D(0) ** 0
except Exception as e:
    print(type(e).__name__, e)
try:
    D(0) ** -1
except Exception as e:
    print(type(e).__name__, e)
print(repr(D(0) ** -1 if False else D('Infinity')))
