# Recursive calls: naive Fibonacci (call overhead, small-int arithmetic, comparisons).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    total = 0
    for i in range(20, 30):
        total += fib(i)
    print("fib(29) =", fib(29))
    print("sum fib(20..29) =", total)


main()
