# Conditional expressions in assignments and nested conditions.
def sign(n):
    return "+" if n > 0 else "-" if n < 0 else "0"
print([sign(n) for n in [-3, 0, 5]])
for score in [95, 85, 75, 65, 55]:
    grade = "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "D" if score >= 60 else "F"
    print(score, grade)
value = None
label = value if value is not None else "default"
print(label)
items = []
summary = f"{len(items)} items" if items else "no items"
print(summary)
n = 7
parity = ("odd", "even")[n % 2 == 0]
print(parity)
a, b = 3, 9
print(a if a > b else b, min(a, b) if a != b else "equal")
flag = True
x = 1 if flag else 1 / 0
print(x)
