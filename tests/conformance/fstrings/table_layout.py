# Using f-strings to lay out aligned tables.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 999.999), ("Nut", 1000, 0.05)]
header = f"{'Item':<12}|{'Qty':>6}|{'Price':>10}|{'Total':>12}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}|{qty:>6}|{price:>10.2f}|{total:>12,.2f}")
print("=" * len(header))
print(f"{'TOTAL':<12}|{'':>6}|{'':>10}|{grand:>12,.2f}")
print(f"{'Average':<12}|{sum([r[1] for r in rows]) / len(rows):>6.1f}|")
for i in range(1, 6):
    print(f"{i:>2} {i ** 2:>3} {i ** 3:>4} {1 / i:>8.4f} {i / 7:.1%}")
pct = [0.1234, 0.5, 0.999]
print(" ".join([f"{p:>7.1%}" for p in pct]))
print(f"{'left':<10}{'center':^10}{'right':>10}")
