# benchmark-args: 12
# N-queens: count and list placements by backtracking (recursion, sets, list building).
import sys


def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or row + c in diag1 or row - c in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


def render(solution):
    n = len(solution)
    return "\n".join(["".join(["Q" if solution[r] == c else "." for c in range(n)]) for r in range(n)])


n = int(sys.argv[1]) if len(sys.argv) > 1 else 6
for size in range(4, n + 1):
    sols = solve(size)
    print(size, len(sols), sols[0] if sols else None, sols[-1] if sols else None)
print(render(solve(n)[0]))
