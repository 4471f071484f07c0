# contextmanager: StopIteration and RuntimeError corner cases (PEP 479).
from contextlib import contextmanager

@contextmanager
def plain():
    yield

try:
    with plain():
        raise StopIteration("stop in body")
except StopIteration as e:
    print("StopIteration propagated", e)
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration as e:
        print("generator saw", repr(e))

with swallow_stop():
    raise StopIteration(7)
print("after swallow_stop")

@contextmanager
def raises_stop():
    try:
        yield
    except ValueError:
        raise StopIteration("from generator")

try:
    with raises_stop():
        raise ValueError("v")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
except ValueError as e:
    print("ValueError", e)

@contextmanager
def returns_after_throw():
    try:
        yield
    except KeyError:
        print("returning")
        return

with returns_after_throw():
    raise KeyError("x")
print("suppressed by return")

try:
    with plain():
        raise RuntimeError("runtime in body")
except RuntimeError as e:
    print("RuntimeError propagated", e)

@contextmanager
def reraise_runtime():
    try:
        yield
    except RuntimeError:
        raise

try:
    with reraise_runtime():
        raise RuntimeError("again")
except RuntimeError as e:
    print("same RuntimeError", e)

@contextmanager
def new_runtime():
    try:
        yield
    except RuntimeError as e:
        raise RuntimeError("replaced") from e

try:
    with new_runtime():
        raise RuntimeError("original")
except RuntimeError as e:
    print(e, "cause:", e.__cause__)

def gen_func():
    with plain():
        yield 1
        yield 2

print(list(gen_func()))

def stopping():
    with plain():
        yield 1
        return 5

g = stopping()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("return value", e.value)

cm = plain()
cm.__enter__()
si = StopIteration("direct")
print("exit with StopIteration", cm.__exit__(StopIteration, si, None))
