# benchmark-args: 4
# Closures: counters, adders, composed functions and nonlocal state.
import sys


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(n):
    def add(x):
        return x + n
    return add


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def make_accumulators(k):
    accs = []
    for i in range(k):
        accs.append(make_adder(i))
    return accs


counter = make_counter()
accs = make_accumulators(10)
pipeline = compose(make_adder(3), compose(make_adder(-1), lambda v: v * 2))
total = 0
N = 900000 * (int(sys.argv[1]) if len(sys.argv) > 1 else 1)
for i in range(N):
    total += accs[i % 10](i)
    total += pipeline(i & 255)
    counter(1)
print("total:", total)
print("counter:", counter(0))
squares = list(map(lambda v: v * v, range(100000)))
evens = list(filter(lambda v: v % 2 == 0, squares))
print(len(evens), sum(evens) % 1000003)
memo = {}


def memo_fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    memo[n] = r
    return r


print(memo_fib(300) % 1000000007)
