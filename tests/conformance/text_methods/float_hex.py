# float.hex and float.fromhex.
for v in [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e100, 1e-100, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan"), 1 / 3, 123.456, 2.0 ** -1074, 2.0 ** 1023]:
    h = v.hex()
    print(repr(v), h, repr(float.fromhex(h)))
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1.FFFFFFFFFFFFFP+1023", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x0p0", "1", "a", "0xA",
          "0x.8", "0x8.", "  0x1p4  ", "inf", "-Infinity", "nan", "0x1.000000000000008p0", "0x1.000000000000018p0", "0x123456789abcdef0p0",
          "0x1P+10", "0x1p-1022", "+0x1p1", "0x10", "0x1.", "ff"]:
    print(repr(s), repr(float.fromhex(s)))
for s in ["", "0x", "0xg", "0x1p", "0x1pz", "1.2.3", "0x1p99999", "0x1.p1.5", "- 0x1", "0x1 p1", "0x1p1e"]:
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for bad in [lambda: float.fromhex(1), lambda: (1.5).hex(1), lambda: float.hex(1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
