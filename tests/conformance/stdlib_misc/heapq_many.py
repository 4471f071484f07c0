# heapq layouts for many pseudo-random inputs (a small LCG keeps it deterministic), heap sort,
# priority queue with tuples, pushpop/replace sequences.
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nsmallest, nlargest

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n

for trial in range(12):
    data = [rnd(50) for _ in range(trial + 3)]
    h = list(data)
    heapify(h)
    h2 = []
    for x in data:
        heappush(h2, x)
    out = [heappop(h2) for _ in range(len(h2))]
    print(trial, data, h, out == sorted(data))
    print("  ", heappushpop(h, rnd(50)), heapreplace(h, rnd(50)), h)
    print("  ", nsmallest(3, data), nlargest(3, data), nsmallest(2, data, key=lambda v: -v))

pq = []
for prio, task in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship"), (2, "test")]:
    heappush(pq, (prio, task))
print(pq)
print([heappop(pq) for _ in range(len(pq))])
