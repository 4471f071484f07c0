# Formatting a sales report table with f-strings.
sales = [
    ("North", "Q1", 15234.5), ("North", "Q2", 18020.25), ("North", "Q3", 9050.0),
    ("South", "Q1", 7020.75), ("South", "Q2", 12500.0), ("South", "Q3", 15999.99),
    ("East", "Q1", 0.0), ("East", "Q2", 1050.5), ("East", "Q3", 2200.0),
]
regions = []
for region, _, _ in sales:
    if region not in regions:
        regions.append(region)
quarters = sorted({q for _, q, _ in sales})
table = {(r, q): amt for r, q, amt in sales}

width = 12
line = "+" + "+".join(["-" * width] * (len(quarters) + 2)) + "+"
print(line)
print("|" + "|".join([f"{h:^{width}}" for h in ["Region"] + quarters + ["Total"]]) + "|")
print(line)
col_totals = {q: 0 for q in quarters}
for r in regions:
    cells = [f" {r:<{width - 1}}"]
    total = 0
    for q in quarters:
        amt = table[(r, q)]
        total += amt
        col_totals[q] += amt
        cells.append(f"{amt:>{width - 1},.2f} ")
    cells.append(f"{total:>{width - 1},.2f} ")
    print("|" + "|".join(cells) + "|")
print(line)
grand = sum(col_totals.values())
cells = [f" {'All':<{width - 1}}"] + [f"{col_totals[q]:>{width - 1},.2f} " for q in quarters]
print("|" + "|".join(cells + [f"{grand:>{width - 1},.2f} "]) + "|")
print(line)
for r in regions:
    share = sum([table[(r, q)] for q in quarters]) / grand
    bar = "#" * round(share * 40)
    print(f"{r:<6} {share:>7.2%} {bar}")
best = max(sales, key=lambda s: s[2])
print(f"Best: {best[0]} in {best[1]} with {best[2]:,.2f} ({best[2] / grand:.1%} of total)")
print(f"{'Mean per cell:':<16}{grand / len(sales):>12.3f}")
print(f"{'Scientific:':<16}{grand:>12.3e}")
