# contextlib.closing and contextlib.nullcontext
from contextlib import closing, nullcontext

class Resource:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True
        print("close", self.name)

r = Resource("r1")
with closing(r) as got:
    print(got is r, got.closed)
print("closed after", r.closed)

r2 = Resource("r2")
try:
    with closing(r2):
        raise ValueError("inside")
except ValueError as e:
    print("error", e, r2.closed)

c = closing(Resource("r3"))
print(type(c).__name__, c.thing.name)
print(c.__enter__().name)
print(c.__exit__(None, None, None))

class NoClose:
    pass

try:
    with closing(NoClose()):
        print("body runs")
except AttributeError as e:
    print(type(e).__name__, e)

with nullcontext() as v:
    print("nullcontext default", v)
with nullcontext(42) as v:
    print("nullcontext value", v)
obj = [1, 2]
with nullcontext(obj) as v:
    print(v is obj)
with nullcontext(enter_result="kw") as v:
    print(v)

try:
    with nullcontext():
        raise KeyError("k")
except KeyError as e:
    print("not suppressed", repr(e))

n = nullcontext("again")
for _ in range(2):
    with n as v:
        print(v)
with n as a, n as b:
    print(a, b)
print(n.__exit__(ValueError, ValueError(), None))

def maybe_lock(use):
    return Resource("lockish") if use else None

def process(use):
    res = maybe_lock(use)
    with closing(res) if res else nullcontext() as h:
        print("processing with", h.name if h else h)

process(True)
process(False)
