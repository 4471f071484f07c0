# 'g', 'G', 'n' and no presentation type.
vals = [0.0, -0.0, 1.0, 0.1, 0.0001, 0.00001, 123456.0, 1234567.0, 1e15, 1e16, 1e17, 1.5e-5,
        3.14159265358979, 100.0, 1e100, 2.5, 12345.678, 0.000123456789]
for v in vals:
    print(repr(v), format(v, ""), format(v, "g"), format(v, ".2g"), format(v, ".10g"), format(v, "G"),
          format(v, "#g"), format(v, "#.3g"), format(v, ".0g"), format(v, "n"), format(v, ".3"),
          format(v, "10"), format(v, ".1"), str(v))
print(format(1e16, ".17g"), format(0.1, ".17g"), format(0.1, ".20g"), format(1/3, ".30g"))
print("%g %G %.3g %#g %10.4g|" % (0.00001234, 1e20, 3.14159, 2.0, 123.456))
print(format(123456789.0, ","), format(1234.5, "_"), format(1e20, ","), format(0.5, "+"))
