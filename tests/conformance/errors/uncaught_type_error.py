# Uncaught TypeError from bad operand types.
total = 1 + 2
print("total", total)
label = "count: " + str(total)
print(label)
print("now mixing int and str")
print(1 + "a")
