# Each thread appends its own items to a shared list, then removes them again: the list ends empty.
import threading

N_THREADS = 4
N_ITEMS = 2_000
shared = []
errors = []


def worker(tid):
    mine = [(tid, i) for i in range(N_ITEMS)]
    for item in mine:
        shared.append(item)
    for item in reversed(mine):
        try:
            shared.remove(item)
        except ValueError:
            errors.append(item)


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), shared)
print("errors:", len(errors))
