# AbstractContextManager and ContextDecorator base classes.
from contextlib import AbstractContextManager, ContextDecorator, contextmanager, ExitStack, suppress, closing, nullcontext
import contextlib

class Simple(AbstractContextManager):
    def __exit__(self, exc_type, exc, tb):
        print("Simple exit", exc_type)
        return None

s = Simple()
with s as got:
    print("enter returns self", got is s)
print(isinstance(s, AbstractContextManager))
print(issubclass(Simple, AbstractContextManager))
for cls in (ExitStack, suppress, closing, nullcontext):
    print(cls.__name__, issubclass(cls, AbstractContextManager))
print(isinstance(contextmanager(lambda: iter([1]))(), AbstractContextManager))
print(isinstance(contextmanager(lambda: iter([1]))(), ContextDecorator))

class Tracer(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("trace enter", self.name)
        return self

    def __exit__(self, *exc):
        print("trace exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

@Tracer("fn")
def compute(x, y=1):
    """Compute something."""
    print("computing", x, y)
    return x * y

print(compute(3, y=4))
print(compute.__name__, compute.__doc__)
with Tracer("block"):
    print("in block")

@Tracer("fail")
def failing():
    raise KeyError("k")

try:
    failing()
except KeyError as e:
    print("propagated", repr(e))

class Swallow(ContextDecorator):
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("swallowing", exc[0].__name__ if exc[0] else None)
        return True

@Swallow()
def bad():
    raise ValueError("x")

print("bad returns", bad())

class Counting(ContextDecorator):
    def __init__(self):
        self.enters = 0

    def _recreate_cm(self):
        print("recreate")
        return self

    def __enter__(self):
        self.enters += 1
        return self

    def __exit__(self, *exc):
        return False

c = Counting()

@c
def f():
    return c.enters

print(f(), f(), c.enters)

class Both(AbstractContextManager, ContextDecorator):
    def __exit__(self, *exc):
        print("Both exit")

@Both()
def g():
    print("g body")

g()
print(contextlib.AbstractContextManager.__name__, contextlib.ContextDecorator.__name__)
print(Both.__mro__[1].__name__, Both.__mro__[-1].__name__)
