# GIL wake-up latency after a blocking call: a waiter blocks in Event.wait(); another thread
# takes t_set = perf_counter() and calls set(); the waiter takes perf_counter() as soon as wait()
# returns. The latency is the difference, while CPU_THREADS threads run a pure-Python loop.
# usage: wakeup.py CPU_THREADS SAMPLES
import sys
import threading
import time


def main():
    ncpu = int(sys.argv[1])
    samples = int(sys.argv[2])
    stop = [False]

    def cpu():
        x = 0
        while not stop[0]:
            x = (x * 31 + 7) % 1000003

    go = threading.Event()
    ack = threading.Event()
    t_set = [0.0]
    lat = []

    def waiter():
        for _ in range(samples):
            go.wait()
            t = time.perf_counter()
            lat.append(t - t_set[0])
            go.clear()
            ack.set()

    workers = [threading.Thread(target=cpu) for _ in range(ncpu)]
    for w in workers:
        w.start()
    wt = threading.Thread(target=waiter)
    wt.start()
    for _ in range(samples):
        time.sleep(0.002)
        t_set[0] = time.perf_counter()
        go.set()
        ack.wait()
        ack.clear()
    wt.join()
    stop[0] = True
    for w in workers:
        w.join()
    lat.sort()
    median = lat[len(lat) // 2]
    p90 = lat[(len(lat) * 9) // 10]
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"RESULT cpu={ncpu} samples={len(lat)} median_ms={median * 1000:.4f} p90_ms={p90 * 1000:.4f} "
          f"ok={len(lat) == samples} gil={gil}")


main()
