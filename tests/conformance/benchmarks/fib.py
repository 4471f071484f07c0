# benchmark-args: 33
# Recursive calls: naive Fibonacci (call overhead, small-int arithmetic, comparisons).
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for i in range(20, LIMIT):
        total += fib(i)
    print(f"fib({LIMIT - 1}) =", fib(LIMIT - 1))
    print(f"sum fib(20..{LIMIT - 1}) =", total)


LIMIT = int(sys.argv[1]) if len(sys.argv) > 1 else 30
main()
