# throw(): the 3.11 signatures, handled and unhandled exceptions, return values.

def catcher():
    caught = []
    while True:
        try:
            yield len(caught)
        except ValueError as e:
            caught.append(("ValueError", e.args))
        except KeyError as e:
            caught.append(("KeyError", e.args))
            if len(caught) > 6:
                return caught

c = catcher()
print(next(c))
print(c.throw(ValueError("one")))
print(c.throw(ValueError))
print(c.throw(ValueError, "two"))
print(c.throw(ValueError, ("three", 3)))
print(c.throw(KeyError, KeyError("k")))
print(c.throw(KeyError("done"), None))
try:
    c.throw(KeyError("last"))
except StopIteration as s:
    for item in s.value:
        print(item)

# An exception the generator does not handle propagates to the caller.
def passthrough():
    yield 1
    yield 2

p = passthrough()
next(p)
try:
    p.throw(IndexError("out"))
except IndexError as e:
    print("propagated", e)
print(next(p, "exhausted after throw"))

# throw into a generator that was never started
def never():
    print("never runs")
    yield 1

n = never()
try:
    n.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early:", e)
print(list(n))

# throw into a finished generator raises the exception directly
f = passthrough()
list(f)
try:
    f.throw(TypeError("late"))
except TypeError as e:
    print("late:", e)

# throw returns the next yielded value
def retry():
    attempts = 0
    while True:
        try:
            yield attempts
            break
        except ConnectionError:
            attempts += 1
    yield "finished after %d" % attempts

r = retry()
print(next(r))
print(r.throw(ConnectionError))
print(r.throw(ConnectionError))
print(next(r))

# Bad throw arguments
t = passthrough()
next(t)
try:
    t.throw(ValueError("x"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    t.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    t.throw(ValueError, None, "not a traceback")
except TypeError as e:
    print("TypeError:", e)
try:
    t.throw()
except TypeError as e:
    print("TypeError:", e)
print(next(t))

# A value of the exception class passed as the value is used as is.
def show():
    try:
        yield
    except Exception as e:
        yield (type(e).__name__, e.args)

s = show()
next(s)
err = ValueError("same")
print(s.throw(ValueError, err))

# A subclass instance passed as value of a base class
class MyError(ValueError):
    pass

s = show()
next(s)
print(s.throw(ValueError, MyError("sub")))

# Throwing while inside a nested try/finally
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("inner finally")
    except ZeroDivisionError:
        print("outer caught")
        yield "after"

nz = nested()
print(next(nz))
print(nz.throw(ZeroDivisionError))
print(next(nz, "end"))

# The exception raised by the handler replaces the thrown one, with context.
def transform():
    try:
        yield
    except ValueError as e:
        raise KeyError("converted") from e

tr = transform()
next(tr)
try:
    tr.throw(ValueError("original"))
except KeyError as e:
    print(repr(e), repr(e.__cause__))

def context():
    try:
        yield
    except ValueError:
        raise KeyError("in handler")

cx = context()
next(cx)
try:
    cx.throw(ValueError("first"))
except KeyError as e:
    print(repr(e), repr(e.__context__))
