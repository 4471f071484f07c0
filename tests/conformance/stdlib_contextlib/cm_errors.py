# contextmanager: protocol misuse errors.
from contextlib import contextmanager

@contextmanager
def no_yield():
    print("no_yield runs")
    if False:
        yield

try:
    with no_yield():
        print("unreachable")
except RuntimeError as e:
    print(type(e).__name__, e, e.__suppress_context__)

@contextmanager
def two_yields():
    yield 1
    print("second")
    yield 2

try:
    with two_yields() as v:
        print("body", v)
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        print("caught, yielding again")
        yield

try:
    with yields_after_throw():
        raise ValueError("x")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

@contextmanager
def fails_in_setup():
    raise OSError("setup failed")
    yield

try:
    with fails_in_setup():
        print("unreachable")
except OSError as e:
    print(type(e).__name__, e)

@contextmanager
def fails_in_teardown():
    yield
    raise LookupError("teardown failed")

try:
    with fails_in_teardown():
        print("body ok")
except LookupError as e:
    print(type(e).__name__, e)

@contextmanager
def not_generator():
    return 42

try:
    with not_generator():
        pass
except TypeError as e:
    print(type(e).__name__, e)

@contextmanager
def once():
    yield "only"

cm = once()
with cm as v:
    print("first use", v)
try:
    with cm:
        pass
except AttributeError as e:
    print("reuse fails:", type(e).__name__)
except RuntimeError as e:
    print("reuse fails:", type(e).__name__, e)

try:
    contextmanager(lambda: None)()()
except TypeError as e:
    print(type(e).__name__, e)

@contextmanager
def takes_args(a, b):
    yield a + b

try:
    takes_args(1)
except TypeError as e:
    print(type(e).__name__, e)
with takes_args(2, b=3) as s:
    print("sum", s)
