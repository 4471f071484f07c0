# The '0' flag with width, sign, alternate form and grouping.
for v in [0, 5, -5, 42, -42, 123456]:
    print(v, [format(v, s) for s in ["05", "+05", " 05", "05d", "08x", "#08x", "#08b", "08,", "010_",
                                     "-05", "02", "01", "00", "0=6", "0<6", "0>6", "0^6", "x=06"]])
print(format(3, "03"), format(-3, "03"), format(3, "+03"), format(3.5, "06"), format(-3.5, "07.2f"))
print("%05d|%-5d|%+05d|% 05d" % (42, 42, 42, 42))
