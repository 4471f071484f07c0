# format() of ints: fill, alignment and width.
values = [0, 7, -7, 42, -123456, 10**12]
specs = ["", "5", "<5", ">5", "^5", "=5", "*<8", "*>8", "*^8", "*=8", "0<6", "x^7", "->9",
         "_^10", "#>4", ".<3", " ^6", "^1", "<0", "=+8", "0=8"]
for v in values:
    row = []
    for s in specs:
        row.append("[" + format(v, s) + "]")
    print(v, " ".join(row))
print("[" + format(5, "\u00e9^7") + "]", "[" + format(-5, "\u2605=7") + "]")
print(f"[{12:{'>'}{10}}]", f"[{-3:#=6}]", f"[{3:^{4}}]")
print("{:<4}|{:>4}|{:^4}|".format(1, 2, 3))
print(format(True, ">5"), format(False, "<5") + "|", format(True, "d"), format(True, ""))
