# Generator pipeline benchmark-style program: a deterministic event stream is
# generated, parsed, filtered, windowed and aggregated lazily.

def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        yield seed >> 33

def events(n, seed=2024):
    kinds = ["click", "view", "buy", "error"]
    rnd = lcg(seed)
    for i in range(n):
        r = next(rnd)
        yield "%d,%s,user%d,%d" % (i, kinds[r % 4], (r >> 8) % 50, (r >> 16) % 1000)

def parse(lines):
    for line in lines:
        idx, kind, user, value = line.split(",")
        yield int(idx), kind, user, int(value)

def only(kind, records):
    return (r for r in records if r[1] == kind)

def windows(records, size):
    window = []
    for r in records:
        window.append(r)
        if len(window) == size:
            yield window
            window = []
    if window:
        yield window

def moving_average(values, k):
    total = 0
    buf = []
    for v in values:
        buf.append(v)
        total += v
        if len(buf) > k:
            total -= buf.pop(0)
        yield total / len(buf)

N = 6000
counts = {}
for _, kind, _, _ in parse(events(N)):
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()))

buys = only("buy", parse(events(N)))
per_user = {}
for _, _, user, value in buys:
    per_user[user] = per_user.get(user, 0) + value
top = sorted(per_user.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)

sizes = [sum(r[3] for r in w) for w in windows(only("view", parse(events(N))), 100)]
print(len(sizes), sizes[:3], sizes[-1])

avg = moving_average((r[3] for r in only("click", parse(events(N)))), 50)
last = None
peak = 0.0
for i, a in enumerate(avg):
    last = a
    if a > peak:
        peak = a
print(i + 1, round(last, 3), round(peak, 3))

errors = (r[0] for r in only("error", parse(events(N))))
gaps = []
prev = next(errors)
for e in errors:
    gaps.append(e - prev)
    prev = e
print(len(gaps), max(gaps), min(gaps), sum(gaps) / len(gaps))
