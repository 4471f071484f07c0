from fractions import Fraction as F

def solve(a, b):
    n = len(a)
    m = [row[:] + [bb] for row, bb in zip(a, b)]
    for c in range(n):
        p = next(r for r in range(c, n) if m[r][c] != 0)
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                k = m[r][c] / m[c][c]
                m[r] = [x - k * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]

a = [[F(2), F(1), F(-1)], [F(-3), F(-1), F(2)], [F(-2), F(1), F(2)]]
b = [F(8), F(-11), F(-3)]
print(solve(a, b))
a2 = [[F(1, 2), F(1, 3)], [F(1, 4), F(1, 5)]]
print(solve(a2, [F(1), F(2)]))
