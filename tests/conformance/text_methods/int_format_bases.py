# bin/oct/hex and format() with bases on small, negative and big ints.
for v in [0, 1, -1, 7, -8, 255, -256, 2 ** 31, -(2 ** 31), 2 ** 64 + 1, -(2 ** 100) + 3, 123456789012345678901234567890]:
    print(v, bin(v), oct(v), hex(v), format(v, "b"), format(v, "#o"), format(v, "X"), format(v, "#_x"), format(v, "_o"),
          format(v, "+#b"), format(v, " x"), f"{v:#010x}", f"{v:_d}", f"{v:,}")
print(int(bin(-37), 0), int(oct(-37), 0), int(hex(-37), 0), int("-0b100101", 2), int("0o45", 8), int("-25", 16))
for bad in [lambda: bin(1.5), lambda: oct("7"), lambda: hex(None), lambda: format(5, "#c"), lambda: format(5, "+c")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()), format(Idx().__index__(), "#x"), range(100)[Idx()])
