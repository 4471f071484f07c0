# PEP 479: StopIteration escaping a generator becomes RuntimeError.

def explicit():
    yield 1
    raise StopIteration("stop!")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

# list() does not swallow it
try:
    list(explicit())
except RuntimeError as e:
    print("list:", e)

# next() on an exhausted iterator inside a generator
def leaky(it):
    while True:
        yield next(it)

try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print("leaky:", e)

# The fixed version returns instead
def fixed(it):
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value

print(list(fixed(iter([1, 2, 3]))))

# A subclass of StopIteration too
class MyStop(StopIteration):
    pass

def sub():
    yield 1
    raise MyStop

try:
    list(sub())
except RuntimeError as e:
    print("subclass:", e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def inner_catch():
    try:
        raise StopIteration(7)
    except StopIteration as e:
        yield e.value
    yield "ok"

print(list(inner_catch()))

# send and throw are affected too
def on_send():
    yield 1
    raise StopIteration

g = on_send()
next(g)
try:
    g.send(1)
except RuntimeError as e:
    print("send:", e)

def on_throw():
    try:
        yield 1
    except ValueError:
        raise StopIteration

g = on_throw()
next(g)
try:
    g.throw(ValueError)
except RuntimeError as e:
    print("throw:", e)

# The generator is finished afterwards
print(next(g, "finished"))

# throwing StopIteration into a generator that does not catch it
def plain():
    yield 1
    yield 2

g = plain()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("thrown in:", e)

# generator expressions follow the same rule
def stopper(x):
    if x == 2:
        raise StopIteration
    return x

try:
    print(list(stopper(x) for x in range(4)))
except RuntimeError as e:
    print("genexpr:", e)

# but a list comprehension just propagates StopIteration
try:
    print([stopper(x) for x in range(4)])
except StopIteration:
    print("listcomp: StopIteration")

# RuntimeError from return in nested generator via yield from
def inner():
    yield 1
    raise StopIteration("inner")

def outer():
    yield from inner()

try:
    list(outer())
except RuntimeError as e:
    print("nested:", e, "/", e.__cause__)
