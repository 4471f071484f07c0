# 'f' and 'F' with precision.
vals = [0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 0.375, 3.14159265358979, -2.71828, 1e-7, 123456.789,
        1e16, 1.23e22, 0.1, 0.7, 1/3, 2/3, 5e-324, 1.7976931348623157e308]
for v in vals:
    print(repr(v), format(v, "f"), format(v, ".0f"), format(v, ".1f"), format(v, ".2f"),
          format(v, ".3f"), format(v, ".10f"), format(v, "F"), format(v, "#.0f"))
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.045, ".2f"), format(1.25, ".1f"), format(1.35, ".1f"))
print(format(1e300, ".2f")[:20], len(format(1e300, "f")))
print(format(123.456, "10.2f"), format(123.456, "<10.2f") + "|", format(123.456, "^10.1f"), format(-123.456, "=10.1f"))
print(format(0.000001234, ".20f"), format(12345678901234567890.0, ".1f"))
print("%.2f %.0f %f %F %10.3f %-10.3f|" % (3.14159, 2.5, 1/3, 2.0, 3.14159, 3.14159))
