# Format specs on float: f/e/g/%/none, precision, alternate, grouping, zero padding, z, specials.
values = [0.0, -0.0, 1.5, -2.5, 3.14159265, 1e-7, 1.5e16, 123456789.125, 1e100, -1e-100, 0.1, 2.675, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".2f", ".10f", "e", ".0e", ".3E", "g", ".0g", ".3g", "#g", "#.3g", "G", "%", ".1%", ".3", "10",
         "<12.3f", "^12.2e", "=+12.2f", "012.3f", "+.1f", " .2f", ",.2f", "_.1f", "#.0f", "#.0e", "z.1f", "z", "n", ".2n", ".0%"]
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(v), out)
for v, spec in [(1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, ",n"), (1.5, "_g"), (1.5, ".f"), (1.5, "s"), (1.5, "#"), (1.5, ".500f")]:
    try:
        print(repr(spec), repr(format(v, spec))[:60])
    except (ValueError, TypeError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(5, ".2f"), format(5, "e"), format(5, "%"), format(5, "g"), format(True, ".1f"), format(10 ** 20, ".3e"))
