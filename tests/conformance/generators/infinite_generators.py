# Infinite generators consumed manually (islice-like helpers written by hand).

def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def islice(it, start, stop, step=1):
    it = iter(it)
    i = 0
    nxt = start
    while i < stop:
        try:
            value = next(it)
        except StopIteration:
            return
        if i == nxt:
            yield value
            nxt += step
        i += 1

def cycle(seq):
    saved = list(seq)
    while saved:
        for x in saved:
            yield x

def repeat(value, times=None):
    if times is None:
        while True:
            yield value
    else:
        for _ in range(times):
            yield value

def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x

def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    for x in it:
        yield x

print(list(islice(count(), 0, 5)))
print(list(islice(count(10, 5), 2, 8, 2)))
print(list(islice(cycle("abc"), 0, 8)))
print(list(islice(repeat("x"), 0, 3)))
print(list(repeat(7, 4)))
print(list(takewhile(lambda x: x < 5, count())))
print(list(islice(dropwhile(lambda x: x < 5, count()), 0, 3)))
print(list(islice(count(1.5, 0.5), 0, 4)))

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1

print(list(islice(primes(), 0, 15)))

def collatz(n):
    while True:
        yield n
        if n == 1:
            return
        n = 3 * n + 1 if n % 2 else n // 2

print(list(collatz(27))[:10], len(list(collatz(27))))

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

fib = fibonacci()
print([next(fib) for _ in range(20)])
print(next(x for x in fibonacci() if x > 1000))
print(list(islice(fibonacci(), 90, 92)))

def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total

print(list(islice(accumulate(count(1)), 0, 10)))

def pairwise(it):
    it = iter(it)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x

print(list(islice(pairwise(count()), 0, 4)))

# manually advancing several generators in lock step
evens = count(0, 2)
odds = count(1, 2)
print([(next(evens), next(odds)) for _ in range(4)])

# zip stops at the shortest, even with infinite inputs
print(list(zip(count(), "abc")))
print(list(zip(cycle([0, 1]), range(5))))
print(list(enumerate(islice(cycle("xy"), 0, 5))))
print(list(map(lambda a, b: a * b, count(1), [10, 20, 30])))

# a random-like deterministic stream
def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        yield seed % 100

print(list(islice(lcg(42), 0, 10)))
print(max(islice(lcg(7), 0, 1000)), min(islice(lcg(7), 0, 1000)))

# re-entrant use after partial consumption
c = count()
print(list(islice(c, 0, 3)))
print(list(islice(c, 0, 3)))
print(next(c))
