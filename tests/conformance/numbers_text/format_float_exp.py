# 'e' and 'E' with precision.
vals = [0.0, -0.0, 1.0, 12345.6789, -0.000123456, 1e100, 1e-100, 5e-324, 9.999999, 0.5, 1.5e-5, 123.0]
for v in vals:
    print(repr(v), format(v, "e"), format(v, ".0e"), format(v, ".1e"), format(v, ".3E"),
          format(v, "#.0e"), format(v, "15.2e"), format(v, "+.2e"), format(v, "<12.1e") + "|")
print(format(1.5, ".0e"), format(2.5, ".0e"), format(9.5, ".0e"), format(99.5, ".1e"))
print("%e %.2e %E %.0e %#.0e" % (1234.5, 1234.5, 0.00012, 5.0, 5.0))
print(f"{6.02214076e23:.4e}", f"{1.602e-19:E}", f"{1e22:e}", f"{123456789:e}")
