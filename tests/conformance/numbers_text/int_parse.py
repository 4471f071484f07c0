# int(s, base): base 0, prefixes, underscores, whitespace, errors.
def t(*args):
    try:
        print(repr(args), "->", int(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(args), type(e).__name__, e)

for a in ["0", "-0", "+17", "  42  ", "\t\n 7 \r", "1_000", "1__0", "_1", "1_", "0x1F", "12abc", "",
          " ", "3.0", "1e3", "\u0661\u0662", "\uff11\uff12", "-", "+-1", "0b101", "007", "0" * 5]:
    t(a)
for a, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b11", 0), ("017", 0),
             ("00", 0), ("0_0", 0), ("0x_1f", 0), ("0x_1f", 16), ("z", 36), ("Z", 36), ("10", 2),
             ("12", 2), ("777", 8), ("8", 8), ("  -0b1010  ", 0), ("1_0", 2), ("10", 1), ("10", 37),
             ("10", -1), ("0X1", 0), ("0B1", 0), ("0O7", 0), ("1" * 30, 2), ("-zz", 36)]:
    t(a, b)
t(3.9)
t(-3.9)
t(1e20)
t(True)
t(float("inf"))
t(float("nan"))
t("10", 16.0)
t(10, 10)
t(b"42")
t(b"ff", 16)
t(bytearray(b"12"))
t(None)
t([1])
t("١٢٣")
print(int(), int("0" * 50 + "1"), int("-" + "9" * 30))
class WithInt:
    def __int__(self):
        return 99
class WithIndex:
    def __index__(self):
        return 7
print(int(WithInt()), int(WithIndex()), int("11", base=3))
