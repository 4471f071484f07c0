# Matrix operations with nested lists.
def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError("shape mismatch")
    result = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result

def transpose(m):
    return [[m[r][c] for r in range(len(m))] for c in range(len(m[0]))]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def matpow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result

def show(m):
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print(" ".join([str(v).rjust(width) for v in row]))
    print()

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(matmul(a, b))
show(matmul(b, a))
show(transpose(a))
show(matmul(a, identity(3)))
fib = matpow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
show(matpow([[2, 0], [0, 3]], 10))
try:
    matmul(a, a)
except ValueError as e:
    print("error:", e)
f = [[0.5, 0.25], [0.125, 1.0]]
show(matmul(f, f))
rot = [[0, -1], [1, 0]]
print([matpow(rot, k) for k in range(5)])
