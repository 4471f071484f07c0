# 10 threads x 1,000 rounds of get/set on one dict, all released together by a Barrier.
import threading

N_THREADS = 10
ROUNDS = 1_000
d = {}
barrier = threading.Barrier(N_THREADS)
failures = []


def worker(tid):
    barrier.wait()
    for r in range(ROUNDS):
        key = r % 37
        d[key] = (tid, r)
        v = d.get(key)
        if type(v) is not tuple or len(v) != 2 or not (0 <= v[0] < N_THREADS):
            failures.append(v)
        d[("own", tid, r)] = r
        if d[("own", tid, r)] != r:
            failures.append(("own", tid, r))
        if key in d and d.get(("missing", tid)) is not None:
            failures.append("phantom")


threads = [threading.Thread(target=worker, args=(t,)) for t in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(d))
print(sorted(d.keys(), key=repr)[:3])
print("failures:", len(failures))
