# contextmanager: exceptions thrown into the generator at the yield.
from contextlib import contextmanager

@contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print("generator caught", type(e).__name__, e)

with catching(ValueError):
    raise ValueError("v1")
print("after v1")

try:
    with catching(ValueError):
        raise TypeError("t1")
except TypeError as e:
    print("outer caught", type(e).__name__, e)

@contextmanager
def reraise_same():
    try:
        yield
    except Exception as e:
        print("seen", type(e).__name__)
        raise

try:
    with reraise_same():
        raise KeyError("k")
except KeyError as e:
    print("outer", type(e).__name__, e, e.__context__)

@contextmanager
def translate():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("translated") from e

try:
    with translate():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)

@contextmanager
def implicit_chain():
    try:
        yield
    except LookupError:
        raise RuntimeError("during handling")

try:
    with implicit_chain():
        [][1]
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__suppress_context__)

@contextmanager
def finally_only():
    try:
        yield "f"
    finally:
        print("finally runs")

try:
    with finally_only() as f:
        raise IndexError(f)
except IndexError as e:
    print("propagated", e)

@contextmanager
def swallow_all():
    try:
        yield
    except BaseException as e:
        print("swallowed", type(e).__name__)

with swallow_all():
    raise SystemExit(3)
with swallow_all():
    raise KeyboardInterrupt
print("still running")

identity = []

@contextmanager
def remember():
    try:
        yield
    except Exception as e:
        identity.append(e)
        raise

err = ValueError("same")
try:
    with remember():
        raise err
except ValueError as e:
    print("same object", e is err, identity[0] is err)

class Custom(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

@contextmanager
def inspect():
    try:
        yield
    except Custom as e:
        print("code", e.code, e.args)

with inspect():
    raise Custom(42)

# exception class with no instance given to __exit__
cm = catching(OSError)
cm.__enter__()
print("exit returns", cm.__exit__(OSError, None, None))
cm = reraise_same()
cm.__enter__()
try:
    cm.__exit__(ValueError, None, None)
except ValueError as e:
    print("not suppressed", type(e).__name__, repr(e))
print("after raising exit", cm.__exit__ is not None)
