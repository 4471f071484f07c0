# Generator pipelines: lazy stages chained together.

LOG = """\
INFO start server
WARN disk 81%
INFO request /index 200 12ms
ERROR request /api 500 340ms
INFO request /about 200 8ms
WARN memory 75%
ERROR db timeout
INFO request /api 200 95ms
INFO stop server
"""

def lines(text):
    for line in text.splitlines():
        yield line

def non_empty(rows):
    for r in rows:
        if r.strip():
            yield r

def parse(rows):
    for r in rows:
        level, _, message = r.partition(" ")
        yield {"level": level, "message": message}

def only(level, records):
    for rec in records:
        if rec["level"] == level:
            yield rec

def messages(records):
    for rec in records:
        yield rec["message"]

for m in messages(only("ERROR", parse(non_empty(lines(LOG))))):
    print("error:", m)
print(sum(1 for _ in only("INFO", parse(lines(LOG)))))

def requests(records):
    for rec in records:
        parts = rec["message"].split()
        if parts and parts[0] == "request":
            yield parts[1], int(parts[2]), int(parts[3].rstrip("ms"))

stats = {}
for path, status, ms in requests(parse(lines(LOG))):
    stats.setdefault(path, []).append(ms)
for path in sorted(stats):
    times = stats[path]
    print(path, len(times), sum(times) / len(times))

# numeric pipeline
def naturals():
    n = 1
    while True:
        yield n
        n += 1

def take(n, it):
    for _ in range(n):
        yield next(it)

def square(it):
    for x in it:
        yield x * x

def odd(it):
    for x in it:
        if x % 2:
            yield x

print(list(take(6, odd(square(naturals())))))

# running aggregates
def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total

def windows(it, size):
    window = []
    for x in it:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

print(list(running_sum(range(1, 8))))
print(list(windows(range(6), 3)))
print([sum(w) / 3 for w in windows([3, 5, 7, 9, 11], 3)])

# batching
def batched(it, n):
    batch = []
    for x in it:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch

print(list(batched(range(10), 4)))
print(list(batched([], 3)))

# dedupe preserving order
def unique(it):
    seen = set()
    for x in it:
        if x not in seen:
            seen.add(x)
            yield x

print(list(unique("mississippi")))

# group consecutive runs
def runs(it):
    it = iter(it)
    try:
        current = next(it)
    except StopIteration:
        return
    count = 1
    for x in it:
        if x == current:
            count += 1
        else:
            yield current, count
            current, count = x, 1
    yield current, count

print(list(runs("aaabccddddde")))
print("".join(f"{c}{n}" for c, n in runs("aaabccddddde")))

# interleave and round robin
def roundrobin(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iterators = alive

print(list(roundrobin("ABC", "D", "EF")))

# pipeline with generator expressions
words = "the quick brown fox jumps over the lazy dog the end".split()
lengths = (len(w) for w in words)
long_ones = (n for n in lengths if n > 3)
print(sum(long_ones))
counts = {}
for w in (w for w in words if w != "the"):
    counts[w[0]] = counts.get(w[0], 0) + 1
print(sorted(counts.items()))

# a consumer coroutine at the end of a pipeline
def collector(store):
    while True:
        item = yield
        store.append(item)

store = []
sink = collector(store)
next(sink)
for value in take(5, square(naturals())):
    sink.send(value)
print(store)
