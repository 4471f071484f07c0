# 4 threads x 100,000 list.append on one shared list: none may be lost (GIL and free-threaded).
import threading

N_THREADS = 4
N_ITEMS = 100_000
shared = []


def worker(tid):
    append = shared.append
    for i in range(N_ITEMS):
        append(i)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared))
print(sum(shared) == N_THREADS * (N_ITEMS * (N_ITEMS - 1) // 2))
