# Float formatting corners: big fixed-point values, many digits, alternate forms, fills, 'n', z.
values = [1e22, 1e23, 2.0 ** 70, 123456789.0, 0.000123456, 5e-324, 1.7976931348623157e308, 0.5, 1.25, 2.675, -1e-7, 9.999999]
for v in values:
    print(repr(v), str(v), format(v, ".0f")[:40], format(v, ".17g"), format(v, ".3e"), format(v, "#.3g"), format(v, "n"),
          format(v, "*=+14.2e"), format(v, "z.2f"), f"{v:_.3f}"[:40], "%.3g|%10.4g|%-12.3e|" % (v, v, v))
for spec in [".0%", "#.0%", "08.2%", "^+12.1%", "=12,.2f", "0=12.2f", "012,.1f", ".1000e"]:
    out = format(3.14159, spec)
    print(repr(spec), len(out), out[:50])
print(format(-0.0, "z"), format(-0.0001, "z.2f"), format(-0.0001, "z.2e"), format(-0.5, "z.0f"), format(0.5, "z.0f"), format(-1e-9, "z%"))
print(round(0.5), round(-0.5), round(1.5), round(1e-320, 323), round(123.456, -1), round(-123.456, -2), round(5e-324, 400))
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e-4, 1e-5, -1e100, float("1.0000000000000002"))
