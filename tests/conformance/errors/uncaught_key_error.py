# Uncaught KeyError.
stock = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears"]:
    print(fruit, stock[fruit])
print("looking up bananas")
print(stock["bananas"])
