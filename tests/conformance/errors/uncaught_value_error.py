# Uncaught ValueError from int().
for text in ["1", "22", "-333"]:
    print(text, int(text) * 2)
print("parsing 'x'")
print(int("x"))
