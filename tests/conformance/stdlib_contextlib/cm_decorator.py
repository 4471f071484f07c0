# contextmanager objects used as decorators (ContextDecorator), and wraps metadata.
from contextlib import contextmanager

calls = []

@contextmanager
def logged(tag):
    """Log around the block."""
    calls.append("start " + tag)
    print("start", tag)
    try:
        yield tag
    finally:
        print("stop", tag)
        calls.append("stop " + tag)

print(logged.__name__, logged.__doc__)
print(logged.__wrapped__.__name__)
cm = logged("d")
print(cm.__doc__)

@logged("dec")
def add(a, b=10, *rest, **kw):
    print("add called", a, b, rest, sorted(kw.items()))
    return a + b

print(add(1))
print(add(1, 2, 3, x=4))
print(add.__name__, add.__wrapped__.__name__)

@logged("err")
def boom():
    raise ValueError("from boom")

try:
    boom()
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except ZeroDivisionError:
        print("swallowed")

@swallow()
def divide(x):
    return 1 / x

print(divide(4))
print(divide(0))

class Box:
    def __init__(self, name):
        self.name = name

    @contextmanager
    def opened(self, mode="r"):
        print("open", self.name, mode)
        yield self
        print("close", self.name)

b = Box("box1")
with b.opened() as inner:
    print(inner is b)
with b.opened(mode="w"):
    pass
print(Box.opened.__name__, Box.opened.__qualname__)

@contextmanager
def numbered():
    numbered.count += 1
    yield numbered.count

numbered.count = 0

@numbered()
def work():
    return "work done"

for _ in range(3):
    print(work())
print("count", numbered.count)
print(calls)

@contextmanager
def nodoc():
    yield

print(repr(nodoc().__doc__)[:30])
