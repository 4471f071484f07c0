# A text-based inventory system using dicts.
inventory = {}

def add_item(name, qty, price, category):
    if name in inventory:
        inventory[name]["qty"] += qty
    else:
        inventory[name] = {"qty": qty, "price": price, "category": category}
    print(f"added {qty} x {name}")

def remove_item(name, qty):
    item = inventory.get(name)
    if item is None:
        print(f"cannot remove {name}: not stocked")
        return
    if item["qty"] < qty:
        print(f"cannot remove {qty} x {name}: only {item['qty']} left")
        return
    item["qty"] -= qty
    if item["qty"] == 0:
        del inventory[name]
        print(f"{name} sold out")
    else:
        print(f"removed {qty} x {name}")

def report():
    print(f"{'name':<10} {'qty':>4} {'price':>8} {'value':>9}")
    for name in sorted(inventory):
        item = inventory[name]
        value = item["qty"] * item["price"]
        print(f"{name:<10} {item['qty']:>4} {item['price']:>8.2f} {value:>9.2f}")
    total = sum([i["qty"] * i["price"] for i in inventory.values()])
    print(f"{'total':<10} {'':>4} {'':>8} {total:>9.2f}")

add_item("hammer", 5, 12.5, "tools")
add_item("nails", 500, 0.02, "hardware")
add_item("saw", 2, 24.99, "tools")
add_item("glue", 10, 3.75, "supplies")
add_item("hammer", 3, 12.5, "tools")
report()
remove_item("saw", 2)
remove_item("nails", 1000)
remove_item("drill", 1)
remove_item("nails", 120)
report()
by_category = {}
for name, item in inventory.items():
    by_category.setdefault(item["category"], []).append(name)
for cat in sorted(by_category):
    print(cat, "->", ", ".join(sorted(by_category[cat])))
low = [name for name, item in inventory.items() if item["qty"] < 10]
print("low stock:", sorted(low))
most_valuable = max(inventory, key=lambda n: inventory[n]["qty"] * inventory[n]["price"])
print("most valuable line:", most_valuable)
