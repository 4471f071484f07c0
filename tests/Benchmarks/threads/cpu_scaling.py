# CPU-bound scaling: N threads each run the same pure-Python loop; prints one RESULT line.
# usage: cpu_scaling.py THREADS ITERATIONS
import sys
import threading
import time


def work(n):
    x = 0
    i = 0
    while i < n:
        x = (x * 31 + i) % 1000003
        i += 1
    return x


def main():
    nthreads = int(sys.argv[1])
    iters = int(sys.argv[2])
    results = [0] * nthreads

    def run(k):
        results[k] = work(iters)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(nthreads)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    expected = work(1000)
    ok = results[0] != 0 and expected != 0
    for r in results:
        if r != results[0]:
            ok = False
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"RESULT threads={nthreads} seconds={elapsed:.6f} check={results[0]} ok={ok} gil={gil}")


main()
