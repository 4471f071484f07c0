# 8 threads each write their own unique keys into one dict: no key may be lost.
import threading

N_THREADS = 8
N_KEYS = 20_000
d = {}


def worker(tid):
    for i in range(N_KEYS):
        d[(tid, i)] = i * tid


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d))
missing = [(t, i) for t in range(N_THREADS) for i in range(N_KEYS) if d.get((t, i)) != i * t]
print("missing:", len(missing))
