# Arbitrary expressions inside f-string fields.
items = ["apple", "banana", "cherry"]
prices = {"apple": 0.5, "banana": 0.25, "cherry": 3.0}
print(f"{len(items)} items: {', '.join(items)}")
print(f"first={items[0]!r} last={items[-1].upper()}")
print(f"total={sum([prices[i] for i in items]):.2f}")
print(f"{'yes' if len(items) > 2 else 'no'}")
print(f"{2 ** 10} {7 // 2} {7 / 2} {-7 % 3}")
print(f"{[i * i for i in range(4)]} {dict(a=1)} {(1, 2)}")
print(f"{max(prices, key=lambda k: prices[k])}")
x = 5
print(f"{x} squared is {x * x}, halved is {x / 2}")
print(f"{x:>{x}}|{x:<{x + 1}}|")
name = "World"
print(f"Hello, {name}! " f"Length {len(name)}.")
print(f"{name[::-1]} {name.lower().count('o')}")
print(f"{3.0} {1e20} {1e-5} {0.1 + 0.2} {2 ** 70}")
print(f"{None} {True} {b'bytes'}")
for i in range(3):
    print(f"row {i}: {'#' * i:<3}|")
