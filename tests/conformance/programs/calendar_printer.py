# Print month calendars computing weekdays by hand (Zeller-style arithmetic).
MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31

def weekday(y, m, d):
    # 0 = Monday ... 6 = Sunday
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7

def month_text(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:>2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)

print(month_text(2024, 2))
print()
print(month_text(2000, 1))
print()
print(month_text(1999, 12))
print([y for y in [1900, 2000, 2023, 2024, 2100] if is_leap(y)])
names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for date in [(1969, 7, 20), (2000, 1, 1), (2024, 2, 29), (1, 1, 1)]:
    print(date, names[weekday(*date)])
fridays = [(y, m) for y in range(2023, 2026) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday the 13th:", fridays)
