# Thousands separators ',' and '_' with ints.
for v in [0, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**15, -(10**21), 999, 1000]:
    print(v, format(v, ","), format(v, "_"), format(v, "_b"), format(v, "_x"), format(v, "_o"),
          format(v, "#_x"), format(v, "#_b"), format(v, ",d"), format(v, "_X"), format(v, "15,"),
          format(v, "<15_"), format(v, "015,"), format(v, "+,"))
print(format(1234567, ",.2f"), format(1234567, "_.1f"), format(1234567, ",e"), format(1234567, ",%"))
print(format(1234, "010,"), format(1234, "09,"), format(1234, "08,"), format(1234, "07,"), format(1234, "06,"))
print(format(-1234, "010,"), format(-1234, "09_"), format(1234, "=10,"), format(255, "010_x"))
