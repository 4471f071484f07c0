# Parallel prime count with concurrent.futures.ThreadPoolExecutor: the range is split into
# chunks, each counted by trial division in pure Python on a pool thread. Under the GIL the
# threads take turns; free-threaded (PYTHON_GIL=0) they run in parallel on all cores.
import sys
import time
from concurrent.futures import ThreadPoolExecutor

LIMIT = 300_000
WORKERS = 4
CHUNKS = 16


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def count_primes(lo, hi):
    count = 0
    for n in range(lo, hi):
        if is_prime(n):
            count += 1
    return count


def main():
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else LIMIT
    step = (limit + CHUNKS - 1) // CHUNKS
    ranges = [(lo, min(lo + step, limit)) for lo in range(0, limit, step)]
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = [pool.submit(count_primes, lo, hi) for lo, hi in ranges]
        total = 0
        for f in futures:
            total += f.result()
    elapsed = time.perf_counter() - start
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"primes below {limit}: {total}")
    print(f"time: {elapsed:.3f} s with {WORKERS} threads (GIL {'on' if gil else 'off'})", file=sys.stderr)


main()
