from decimal import Decimal as D

d = D('2.5')
print(repr(1 + d), repr(d + 1), repr(d * 3), repr(3 * d), repr(10 / d), repr(d / 10), repr(d - 5), repr(5 - d))
print(repr(d ** 2), repr(2 ** D(3)), repr(d + True), repr(10**30 + D('0.5')))
print(repr(sum([D('0.1')] * 3)), repr(sum([1, 2, D('0.5')])))
x = D(1)
x += 2
x *= D('1.5')
x /= 2
print(repr(x))
