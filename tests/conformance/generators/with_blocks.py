# Yields inside with blocks: enter/exit order, exceptions, suppression, close.

class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

def one():
    with Tracker("a") as a:
        yield a
        yield a + "!"
    yield "after"

print(list(one()))

def two_items():
    with Tracker("x") as x, Tracker("y") as y:
        yield x + y
    yield "done"

print(list(two_items()))

def nested():
    with Tracker("outer"):
        yield 1
        with Tracker("inner"):
            yield 2
        yield 3

print(list(nested()))

def raising():
    with Tracker("r"):
        yield "before"
        raise ValueError("in with")

g = raising()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("propagated:", e)

def suppressing():
    with Tracker("s", suppress=True):
        yield "before"
        raise ValueError("suppressed")
    yield "after suppression"

print(list(suppressing()))

def closed():
    with Tracker("c"):
        yield 1
        yield 2

g = closed()
next(g)
g.close()
print("closed")

def thrown():
    with Tracker("t", suppress=True):
        yield 1
    yield "resumed after suppressed throw"

g = thrown()
next(g)
print(g.throw(KeyError("thrown in")))

def loop_in_with():
    with Tracker("loop"):
        for i in range(3):
            if i == 2:
                break
            yield i
    yield "end"

print(list(loop_in_with()))

def with_in_loop():
    for i in range(2):
        with Tracker("iter%d" % i) as name:
            yield name
            if i == 0:
                continue
            yield "second " + name

print(list(with_in_loop()))

def return_in_with():
    with Tracker("ret"):
        yield 1
        return "value"

g = return_in_with()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

class Counter:
    count = 0
    def __enter__(self):
        Counter.count += 1
        return Counter.count
    def __exit__(self, *args):
        Counter.count -= 1

def depth(n):
    with Counter() as level:
        if n == 0:
            yield level
        else:
            yield from depth(n - 1)
            yield level

print(list(depth(3)), Counter.count)

# with yield in the context expression
def ctx_expr():
    with (yield "give me a manager") as value:
        yield value

g = ctx_expr()
print(next(g))
print(g.send(Tracker("sent")))
print(next(g, "finished"))

# exception in __exit__ propagates
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")

def bad_exit():
    with BadExit():
        yield 1

g = bad_exit()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
