# Single-threaded: loops and calls (safepoints sit at back-edges and function entry).
# usage: safepoints.py ITERATIONS
import sys
import time


def step(x, i):
    return (x * 31 + i) % 1000003


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    iters = int(sys.argv[1])
    t0 = time.perf_counter()
    x = 0
    for i in range(iters):
        x = step(x, i)
    j = 0
    while j < iters:
        x = (x + j) % 1000003
        j += 1
    f = fib(22)
    elapsed = time.perf_counter() - t0
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"RESULT seconds={elapsed:.6f} check={x}:{f} ok={f == 17711} gil={gil}")


main()
