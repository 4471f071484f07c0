# Signs: '+', '-', ' ' and the 'z' flag being float-only.
for v in [0, 1, -1, 255, -255, 10**20, -10**20]:
    print(v, "[" + format(v, "+") + "]", "[" + format(v, "-") + "]", "[" + format(v, " ") + "]",
          "[" + format(v, "+8") + "]", "[" + format(v, " 8") + "]", "[" + format(v, "=+8") + "]",
          "[" + format(v, "+x") + "]", "[" + format(v, " #o") + "]", "[" + format(v, "+#b") + "]",
          "[" + format(v, "+,") + "]", "[" + format(v, " _") + "]", "[" + format(v, "<+6") + "]",
          "[" + format(v, "^ 7") + "]", "[" + format(v, "+06") + "]", "[" + format(v, " 06") + "]")
print(format(-0, "+"), format(0, "-"), format(-1, "+d"), format(3, "+n"))
