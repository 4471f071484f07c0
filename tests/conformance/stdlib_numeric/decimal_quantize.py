import decimal
from decimal import Decimal as D

modes = ['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_DOWN', 'ROUND_UP', 'ROUND_FLOOR', 'ROUND_CEILING', 'ROUND_05UP']
for v in ['2.675', '-2.675', '2.665', '1.005', '-0.005', '7.1', '0.995']:
    print(v, [str(D(v).quantize(D('0.01'), rounding=getattr(decimal, m))) for m in modes])
print(D('1.41421356').quantize(D('1.000')), D('123.456').quantize(D('1')), D('123.456').quantize(D('1E+1')))
print(repr(D('7').quantize(D('0.001'))), repr(D('0').quantize(D('1E-5'))), repr(D('-0.0001').quantize(D('0.01'))))
print(D('12.5').quantize(D('1'), decimal.ROUND_HALF_EVEN), D('13.5').quantize(D('1'), decimal.ROUND_HALF_EVEN))
try:
    D('123.456').quantize(D('1e-30'))
except decimal.InvalidOperation as e:
    print("InvalidOperation", e)
print(D('Infinity').quantize(D('Infinity')))
try:
    D('1').quantize(D('Infinity'))
except decimal.InvalidOperation as e:
    print("InvalidOperation", e)
