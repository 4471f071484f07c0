# contextmanager: the underlying generator's state and interaction with loops/generators.
from contextlib import contextmanager

@contextmanager
def stateful():
    print("start")
    got = yield "value"
    print("resumed with", got)

cm = stateful()
print(type(cm.gen).__name__)
with cm as v:
    print("body", v)
try:
    next(cm.gen)
except StopIteration:
    print("generator finished")

@contextmanager
def loop_inside(n):
    total = 0
    for i in range(n):
        total += i
    yield total
    print("done loop", total)

with loop_inside(5) as t:
    print("total", t)

def producer():
    for i in range(3):
        with loop_inside(i) as t:
            yield t

print(list(producer()))

def partial():
    with stateful() as v:
        yield v
        yield "more"

g = partial()
print(next(g))
g.close()
print("closed generator inside with")

@contextmanager
def yields_from():
    yield from iter(["delegated"])

with yields_from() as v:
    print(v)

@contextmanager
def yields_from_gen():
    def inner():
        try:
            yield "inner value"
        except ValueError as e:
            print("inner caught", e)
    yield from inner()

with yields_from_gen() as v:
    print(v)
with yields_from_gen():
    raise ValueError("through yield from")
print("suppressed via delegation")

results = []

@contextmanager
def collecting(tag):
    items = []
    yield items
    results.append((tag, items))

with collecting("a") as items:
    items.extend([1, 2])
with collecting("b") as items:
    pass
print(results)

@contextmanager
def cleanup_order(name):
    try:
        yield
    finally:
        print("cleanup", name)

try:
    with cleanup_order("1"), cleanup_order("2"), cleanup_order("3"):
        raise ValueError("multi")
except ValueError as e:
    print("multi raised", e)
