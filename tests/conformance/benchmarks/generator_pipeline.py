# benchmark-args: 15
# Generator pipelines: chained generator functions, generator expressions, yield from,
# send() and itertools, lazily streaming a few hundred thousand items per stage.
import itertools
import sys


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def only(pred, items):
    for x in items:
        if pred(x):
            yield x


def scaled(items, k):
    for x in items:
        yield x * k


def windows(items, size):
    window = []
    for x in items:
        window.append(x)
        if len(window) == size:
            yield tuple(window)
            window.pop(0)


def flatten(nested):
    for part in nested:
        if isinstance(part, list):
            yield from flatten(part)
        else:
            yield part


def running_mean():
    total = 0.0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total / count


def stage_sums(n):
    evens = only(lambda x: x % 2 == 0, numbers(n))
    tripled = scaled(evens, 3)
    return sum(x for x in tripled if x % 7 != 0)


def stage_windows(n):
    best = 0
    for a, b, c in windows(numbers(n), 3):
        v = (a * 31 + b * 17 + c) % 1009
        if v > best:
            best = v
    return best


def stage_flatten(n):
    nested = [[i, [i + 1, [i + 2]], i + 3] for i in range(0, n, 4)]
    return sum(flatten(nested))


def stage_send(n):
    averager = running_mean()
    next(averager)
    mean = 0.0
    for x in numbers(n):
        mean = averager.send(float(x % 100))
    return round(mean, 6)


def stage_itertools(n):
    pairs = zip(itertools.count(1), itertools.cycle("abc"))
    chosen = itertools.islice(((k, ch) for k, ch in pairs if k % 5), n)
    grouped = itertools.groupby(sorted(ch for _, ch in chosen))
    return [(key, sum(1 for _ in group)) for key, group in grouped]


SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
N = 50000 * SCALE
print("sums:", stage_sums(N))
print("windows:", stage_windows(N))
print("flatten:", stage_flatten(N))
print("send:", stage_send(N))
print("itertools:", stage_itertools(N))
