# Grouping with floats.
for v in [0.0, 1234.5, 1234567.891, -9876543.21, 1e20, 0.001234, 123.0, 1e6]:
    print(repr(v), format(v, ","), format(v, "_"), format(v, ",.2f"), format(v, "_.3f"), format(v, ",e"),
          format(v, ",g"), format(v, ",.1%"), format(v, "020,.2f"), format(v, "+,.0f"), format(v, "_.10g"))
print(format(1234.5, "012,.1f"), format(1234.5, "011,.1f"), format(-1234.5, "012,.1f"))
