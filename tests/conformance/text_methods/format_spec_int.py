# Format specs on int: types, sign, alternate form, grouping, zero padding.
values = [0, 1, -1, 42, -42, 255, 65535, 1234567, -1234567, 10 ** 20, -(2 ** 70), True]
specs = ["", "d", "5d", "<6", "^7", "=+8", "+", "-", " ", "b", "#b", "o", "#o", "x", "#X", "08", "+08", "#010x", "_", ",", "_b",
         "#_x", "_o", ",d", "020,", "c", "n", "e", ".3f", "%", "g", ".2%", "*^+#12_x", "=12,", "z"]
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, out)
for v, spec in [(65, "c"), (0x1F600, "c"), (-1, "c"), (0x110000, "c"), (5, ",b"), (5, ",x"), (5, ".2d"), (5, "s"), (5, "+c"), (5, "#c"),
                (5, ",c"), (1234, "_n"), (5, "=^5"), (5, "z5")]:
    try:
        print(repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
