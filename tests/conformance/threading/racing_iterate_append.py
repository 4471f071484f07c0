# One writer appends 5,000 items while several readers enumerate the list: every reader must
# see a prefix of the items, in order, never a torn or reordered item.
import threading

N_ITEMS = 5_000
N_READERS = 6
shared = []
start = threading.Barrier(N_READERS + 1)
done = threading.Event()
results = [None] * N_READERS


def writer():
    start.wait()
    for i in range(N_ITEMS):
        shared.append(("item", i))
    done.set()


def reader(r):
    start.wait()
    ok = True
    passes = 0
    while True:
        finished = done.is_set()
        expected = 0
        for pos, item in enumerate(shared):
            if pos != expected or type(item) is not tuple or item != ("item", pos):
                ok = False
                break
            expected += 1
        passes += 1
        if finished or not ok:
            break
    if ok and len(shared) != N_ITEMS:
        ok = False
    results[r] = "ok" if ok else "BAD"


threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(r,)) for r in range(N_READERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for r in results:
    print(r)
