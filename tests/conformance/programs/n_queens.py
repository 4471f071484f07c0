# N-queens: count and show solutions by backtracking.
def solve(n):
    solutions = []
    cols = []
    used_cols = set()
    diag1 = set()
    diag2 = set()
    def place(row):
        if row == n:
            solutions.append(list(cols))
            return
        for c in range(n):
            if c in used_cols or row - c in diag1 or row + c in diag2:
                continue
            cols.append(c)
            used_cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            place(row + 1)
            cols.pop()
            used_cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    place(0)
    return solutions

for n in range(1, 9):
    print(f"n={n}: {len(solve(n))} solutions")
six = solve(6)
print(six)
for sol in six[:2]:
    for c in sol:
        print(" ".join(["Q" if i == c else "." for i in range(6)]))
    print()
