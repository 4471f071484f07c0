# The convoy benchmark: two threads ping-pong MESSAGES messages through a pair of queue.Queue
# while CPU threads run a pure-Python loop. The exchange stops early after LIMIT seconds (so a
# convoyed run does not take minutes); the rate is computed from the messages actually exchanged.
# With MESSAGES = 0 only the CPU threads run, for LIMIT seconds (their baseline throughput).
# usage: convoy.py CPU_THREADS MESSAGES LIMIT_SECONDS
import queue
import sys
import threading
import time


def main():
    ncpu = int(sys.argv[1])
    messages = int(sys.argv[2])
    limit = float(sys.argv[3])
    stop = [False]
    counts = [0] * ncpu

    def cpu(k):
        n = 0
        x = 0
        while not stop[0]:
            i = 0
            while i < 1000:
                x = (x * 31 + i) % 1000003
                i += 1
            n += 1
        counts[k] = n

    ping = queue.Queue()
    pong = queue.Queue()
    done = [0]

    def echo():
        while True:
            m = ping.get()
            if m < 0:
                return
            pong.put(m)

    workers = [threading.Thread(target=cpu, args=(k,)) for k in range(ncpu)]
    t0 = time.perf_counter()
    for w in workers:
        w.start()
    time.sleep(0.05)  # let the CPU threads get going
    c0 = time.perf_counter()
    sent = 0
    if messages > 0:
        e = threading.Thread(target=echo)
        e.start()
        deadline = c0 + limit
        while sent < messages:
            ping.put(sent)
            got = pong.get()
            if got != sent:
                print("ERROR out of order", got, sent)
                break
            sent += 1
            if (sent & 15) == 0 and time.perf_counter() > deadline:
                break
        ping.put(-1)
        e.join()
    else:
        time.sleep(limit)
    c1 = time.perf_counter()
    stop[0] = True
    for w in workers:
        w.join()
    t1 = time.perf_counter()
    seconds = c1 - c0
    rate = sent / seconds if seconds > 0 else 0.0
    cpu_rate = sum(counts) * 1000 / (t1 - t0) if ncpu > 0 else 0.0
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"RESULT cpu={ncpu} messages={sent} seconds={seconds:.6f} msgs_per_s={rate:.1f} "
          f"cpu_iters_per_s={cpu_rate:.1f} ok={sent > 0 or messages == 0} gil={gil}")


main()
