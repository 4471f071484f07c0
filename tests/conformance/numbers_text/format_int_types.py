# Integer presentation types b, o, x, X, c, d, n and the '#' prefix.
for v in [0, 1, 9, 10, 15, 16, 255, 256, 65535, -1, -255, 2**40, -(2**70)]:
    print(v, format(v, "b"), format(v, "o"), format(v, "x"), format(v, "X"), format(v, "d"),
          format(v, "n"), format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"))
for v in [65, 97, 48, 0x263A, 0x1F600, 32, 10]:
    print(repr(format(v, "c")), repr(format(v, "^5c")), repr(format(v, "*>3c")))
for v in [0, 5, -5, 1234, 10**6]:
    print(format(v, "e"), format(v, ".2e"), format(v, "E"), format(v, "f"), format(v, ".1f"),
          format(v, "g"), format(v, "G"), format(v, "%"), format(v, ".0%"), format(v, ".3g"))
print(format(255, "#010x"), format(255, "#010b"), format(255, "#010o"), format(-255, "#010x"))
print(format(255, "#X"), format(0, "#x"), format(0, "#b"), format(-0, "#o"))
print("{0:x} {0:X} {0:#x} {0:o} {0:b}".format(3054))
print(f"{200:08b}", f"{200:#06x}", f"{-200:x}", f"{123:c}")
