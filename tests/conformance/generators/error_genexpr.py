# An exception inside a generator expression surfaces where it is consumed.

values = [4, 2, 1, 0, 5]
inverses = (1 / v for v in values)
print("created")
for inv in inverses:
    print(inv)
