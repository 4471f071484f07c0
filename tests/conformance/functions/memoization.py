# Memoization with dicts and closures.
calls = 0
def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)
print(slow_fib(20), calls)
memo = {}
def fast_fib(n):
    if n not in memo:
        memo[n] = n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)
    return memo[n]
print(fast_fib(200), len(memo))
def memoize(f):
    cache = {}
    def wrapped(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    return wrapped
@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), grid_paths(30, 30))
@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(15)])
print(partitions(100, 100))
