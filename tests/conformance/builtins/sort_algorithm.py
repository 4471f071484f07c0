# list.sort is CPython's timsort/powersort: the same < calls in the same order (logged), the same results
# for inconsistent orders (NaN, random __lt__), the same failing pair and leftover permutation on TypeError.
import random
random.seed(8)
log = []
class K:
    __slots__ = ('v', 'tag')
    def __init__(self, v, tag): self.v = v; self.tag = tag
    def __lt__(self, other):
        log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self): return f"K({self.v},{self.tag})"
def data(n, kind):
    if kind == 0: return [random.randint(0, n // 3 + 1) for _ in range(n)]
    if kind == 1: return sorted(random.randint(0, 100) for _ in range(n))
    if kind == 2:
        d = list(range(n)); 
        for _ in range(n // 10): i, j = random.randrange(n), random.randrange(n); d[i], d[j] = d[j], d[i]
        return d
    if kind == 3: return [x for r in range(5) for x in sorted(random.sample(range(1000), n // 5))]
    if kind == 4: return list(range(n, 0, -1)) + list(range(n // 2))
    return [random.random() for _ in range(n)]
for trial in range(120):
    n = random.choice([2, 3, 5, 17, 31, 63, 64, 65, 100, 130, 257, 600])
    d = data(n, trial % 6)
    log.clear()
    n = len(d)
    ks = [K(v, i) for i, v in enumerate(d)]
    ks.sort()
    h = 0
    for a, b in log: h = (h * 1000003 + a * 1009 + b) % (2**61 - 1)
    print(n, trial % 6, len(log), h, [k.tag for k in ks][:12])
    log.clear()
    out = sorted(range(n), key=lambda i: K(d[i], i), reverse=trial % 2 == 0)
    print(len(log), out[:10])
# inconsistent orders
nan = float('nan')
for trial in range(60):
    n = random.choice([5, 20, 70, 200])
    xs = [random.choice([nan, random.random(), random.randint(0, 5)]) for _ in range(n)]
    print(sorted(xs)[:15])
    rng = random.Random(trial)
    class R:
        def __init__(self, v): self.v = v
        def __lt__(self, o): return rng.random() < 0.5
    print([r.v for r in sorted(R(i) for i in range(n))][:20])
# errors leave a permutation, and report the pair CPython compares
for trial in range(40):
    n = random.choice([3, 10, 40, 100])
    L = [random.choice([1, 2.5, 'a', 'b', None, (1,), True]) for _ in range(n)]
    try:
        L.sort(); print('ok', L[:10])
    except TypeError as e:
        print(e, L[:12])
    L = [random.randint(0, 50) for _ in range(n)] + [random.randint(0, 50) for _ in range(n)]
    bad = random.randrange(len(L))
    L[bad] = 'x'
    try:
        L.sort()
    except TypeError as e:
        print(e, L)
