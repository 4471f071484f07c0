# Nested comprehensions for matrices and grids.
rows, cols = 3, 4
grid = [[r * cols + c for c in range(cols)] for r in range(rows)]
for row in grid:
    print(row)
transposed = [[grid[r][c] for r in range(rows)] for c in range(cols)]
for row in transposed:
    print(row)
identity = [[1 if r == c else 0 for c in range(4)] for r in range(4)]
print(identity)
flat = [v for row in grid for v in row if v % 2 == 0]
print(flat)
table = [[f"{a}x{b}={a * b}" for b in range(1, 4)] for a in range(1, 4)]
for line in table:
    print(" ".join(line))
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
chess = ["".join(["#" if (r + c) % 2 else "." for c in range(8)]) for r in range(4)]
print("\n".join(chess))
print({r: [c for c in range(r)] for r in range(4)})
print([[sum([x for x in row]) for row in grid], [max(row) for row in grid]])
