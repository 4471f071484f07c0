# Generator benchmark-style program: an incremental prime sieve, twin primes,
# prime gaps and a coroutine accumulator, all through generators.

def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1

def take(n, it):
    for _ in range(n):
        yield next(it)

def pairwise(it):
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x

def twins(it):
    for a, b in pairwise(it):
        if b - a == 2:
            yield a, b

def counter():
    counts = {}
    while True:
        key = yield
        if key is None:
            return counts
        counts[key] = counts.get(key, 0) + 1

first = list(take(2000, primes()))
print(len(first), first[:10], first[-1])
print(sum(first) % 1000007)

tw = list(take(100, twins(primes())))
print(tw[:5], tw[-1])

gaps = counter()
next(gaps)
for a, b in take(2000, pairwise(primes())):
    gaps.send(b - a)
try:
    gaps.send(None)
except StopIteration as stop:
    result = stop.value
print(sorted(result.items())[:8], max(result))

def digits_sum(n):
    while n:
        yield n % 10
        n //= 10

special = (p for p in take(1000, primes()) if sum(digits_sum(p)) % 7 == 0)
print(sum(1 for _ in special))
