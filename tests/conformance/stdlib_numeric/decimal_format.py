from decimal import Decimal as D

vals = [D('1234.5678'), D('-0.0049'), D('1E+5'), D('0'), D('123456789.1'), D('-1.5'), D('0.000123')]
for spec in ['', '.2f', ',', ',.2f', '10.3f', '<12', '>12', '^12', 'e', '.3e', 'E', '%', '.1%', '+.1f', ' .2f', '012.2f', 'g', '.3g', 'f', '*^14,.1f', '.0f', 'G', '=+12.2f']:
    print(repr(spec), [format(v, spec) for v in vals])
print(f"{D('3.14159'):.3f} {D('1234567'):,} {D('-9.5'):08.2f}")
print("{:.2f}".format(D('2.675')), "{:.2f}".format(D('2.665')))
print(format(D('Infinity'), '10'), format(D('-Infinity'), '.2f'), format(D('NaN'), '>5'))
for spec in ['_', '.2_f', 'x', '10,.2%']:
    try:
        print(repr(spec), format(D('1234.5'), spec))
    except ValueError as e:
        print(repr(spec), "ValueError", e)
print(f"{D('1.5'):>10}", f"{D('0.00001'):f}", f"{D('-0'):z.1f}", f"{D('1234.5'):n}")
