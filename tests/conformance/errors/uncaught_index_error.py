# Uncaught IndexError.
items = [10, 20, 30]
for i in range(3):
    print(i, items[i])
print("reading past the end")
print(items[3])
