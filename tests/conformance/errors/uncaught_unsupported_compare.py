# TypeError from ordering incomparable types.
mixed = [3, 1, 2]
mixed.sort()
print(mixed)
mixed.append("four")
print(mixed)
mixed.sort()
