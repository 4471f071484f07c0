# Exceptions and generators: __context__ and __cause__, exceptions crossing frames.

def gen_raises():
    yield 1
    raise ValueError("from generator")

try:
    for x in gen_raises():
        pass
except ValueError as e:
    print("caught", e, e.__context__)

# an exception raised while the caller handles another one
def raiser():
    yield
    raise KeyError("inner")

g = raiser()
next(g)
try:
    try:
        raise IndexError("outer")
    except IndexError:
        next(g)
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

# raise from inside a generator
def converted():
    try:
        yield {}["missing"]
    except KeyError as e:
        raise LookupError("wrapped") from e

try:
    list(converted())
except LookupError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)

# raise from None
def hidden():
    try:
        yield int("x")
    except ValueError:
        raise RuntimeError("clean") from None

try:
    list(hidden())
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__)

# bare raise after a yield in the handler re-raises the handled exception
def reraiser():
    try:
        raise OSError("disk")
    except OSError:
        yield "handling"
        raise

r = reraiser()
next(r)
try:
    next(r)
except OSError as e:
    print("re-raised", e)

# exception raised inside a finally with a pending exception gets context
def finally_context():
    try:
        yield
        raise ValueError("pending")
    finally:
        raise TypeError("from finally")

f = finally_context()
next(f)
try:
    next(f)
except TypeError as e:
    print(repr(e), repr(e.__context__))

# exceptions in generator expressions propagate lazily
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("genexpr:", e)
print(next(g, "genexpr finished"))

# exception inside a with in a generator, suppressed by __exit__
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit saw", t.__name__ if t else None)
        return t is not None and issubclass(t, ArithmeticError)

def suppressed():
    with Suppress():
        yield 1
        1 / 0
    yield "continued"
    with Suppress():
        yield 2
        raise KeyError("not suppressed")

g = suppressed()
print(next(g), next(g), next(g))
try:
    next(g)
except KeyError as e:
    print("KeyError", e)

# exceptions carry through delegation with yield from
def level2():
    yield "l2"
    raise ArithmeticError("deep")

def level1():
    try:
        yield from level2()
    except ArithmeticError as e:
        yield "level1 caught %s" % e

print(list(level1()))

# StopIteration inside a handler is still converted
def stop_in_handler():
    try:
        yield 1
        raise ValueError
    except ValueError:
        raise StopIteration("in handler")

try:
    list(stop_in_handler())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

