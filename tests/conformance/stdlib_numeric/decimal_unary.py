from decimal import Decimal as D, getcontext

print(repr(-D('1.5')), repr(+D('1.5')), repr(abs(D('-1.5'))), repr(-D('0')), repr(+D('-0')), repr(abs(D('-0.00'))))
print(repr(-D('Infinity')), repr(abs(D('-Infinity'))))
getcontext().prec = 5
print(repr(+D('1.234567')), repr(-D('1.234567')), repr(abs(D('-9.999999'))))
getcontext().prec = 28
print(repr(D('1.234567').copy_negate()), repr(D('-1.2').copy_abs()), repr(D('3').copy_sign(D('-1'))))
