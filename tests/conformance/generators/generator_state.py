# Generator object state: gi_running, gi_suspended, names, "generator already executing".

def probe():
    yield g.gi_running
    yield g.gi_suspended

g = probe()
print(g.gi_running, g.gi_suspended)
print(next(g))
print(g.gi_running, g.gi_suspended)
print(next(g))
print(next(g, "end"), g.gi_running, g.gi_suspended)

def reenter():
    yield next(r)

r = reenter()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(next(r, "finished after error"))

def reenter_send():
    yield s.send(None)

s = reenter_send()
try:
    next(s)
except ValueError as e:
    print("ValueError:", e)

def reenter_throw():
    yield t.throw(KeyError)

t = reenter_throw()
try:
    next(t)
except ValueError as e:
    print("ValueError:", e)

def reenter_close():
    try:
        yield c.close()
    except ValueError as e:
        yield "inner ValueError: %s" % e

c = reenter_close()
print(next(c))

# yield from itself
def self_delegate():
    yield 1
    yield from sd

sd = self_delegate()
print(next(sd))
try:
    next(sd)
except ValueError as e:
    print("ValueError:", e)

# names
def named():
    yield

n = named()
print(n.__name__, n.__qualname__)
n.__name__ = "renamed"
print(n.__name__, named.__name__)
try:
    n.__name__ = 5
except TypeError as e:
    print("TypeError:", e)

class C:
    def meth(self):
        yield
    class Inner:
        def deep(self):
            yield

print(C().meth().__qualname__, C.Inner().deep().__qualname__)

def outer():
    def inner():
        yield
    return inner()

print(outer().__name__, outer().__qualname__)

# type identity
print(type(n) is type(named()), type(n).__name__)
print(type((x for x in [])) is type(n))
print(isinstance(n, type(n)))
print(hasattr(n, "send"), hasattr(n, "throw"), hasattr(n, "close"), hasattr(n, "__next__"))
print(callable(n), callable(named))

# generators are truthy and hashable
print(bool(named()))
g1 = named()
print(len({g1, g1}))
print(g1 == g1, g1 == named())

# a generator function returns a new generator per call
print(named() is named())

# the state after an exception inside
def failing():
    yield 1
    raise ValueError("fail")

f = failing()
next(f)
try:
    next(f)
except ValueError:
    pass
print(f.gi_running, f.gi_suspended, next(f, "dead"))

# methods accessed through the type
gen_type = type(named())
x = named()
print(gen_type.__next__(x) is None)
print(gen_type.send(x, None) if False else "skip")
try:
    gen_type.__next__(x)
except StopIteration:
    print("StopIteration via type method")
