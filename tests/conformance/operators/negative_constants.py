# Negated literals are constants (CPython's AST optimizer folds them): small and big ints,
# the 64-bit edges, floats and -0.0, bools, nesting, and their use in slices, defaults and keys.
print(-1, -5, -6, -256, -257, -(1), - -7, -+3)
print(-9223372036854775807, -9223372036854775808, -9223372036854775809, -(2 ** 64), -123456789012345678901234567890)
print(-0.0, -1.5, -1e308 * 10, -float("inf"), -0.1 + 0.1, repr(-0.0), -2.5e-324)
print(-True, -False, type(-True).__name__, -1j, -(0j))
print(-1 ** 2, (-1) ** 2, -2 ** -1, 7 // -2, 7 % -3, -7 // 2)
xs = list(range(10))
print(xs[-1], xs[-3:], xs[::-1], xs[-2::-2], xs[:-8], xs[-100:2])


def f(a=-1, b=-2.5, c=-10 ** 20):
    return a, b, c


print(f(), {-1: "minus one", -2.0: "minus two"}[-1], {-1, -2, -3} == {-3, -2, -1})
n = 5
print(n * -1, n - -1, -n, -(-n), abs(-9223372036854775808), hash(-1), hash(-2))
