# Formatting integers: bases, padding, grouping, signs.
for n in [0, 7, 42, 255, -255, 65535, 2 ** 40, -(10 ** 9)]:
    print(f"{n:>14} {n:>14,} {n:>16_b} {n:>12x} {n:>10o} {n:+d} {n:#x}")
print(f"{5:03d} {-5:03d} {5:+03d} {5: 03d}")
print(f"{1234567890:_d} {0xFFFFFFFF:_X} {8:#o} {0:#b}")
print(f"{65:c}{66:c}{0x263A:c}")
print(f"{10:^10d}| {10:*<6}| {10:#>6}|")
print(format(1234, "08,d"), format(1234567, "012,d"))
print(f"{True:d} {True:x} {False:b}")
