# contextmanager: enter value, body, exit order, finally clauses.
from contextlib import contextmanager

log = []

@contextmanager
def tracked(name, value=None):
    log.append("enter " + name)
    print("enter", name)
    try:
        yield value if value is not None else name * 2
    finally:
        print("exit", name)
        log.append("exit " + name)

with tracked("a") as x:
    print("body a", x)

with tracked("b", value=[1, 2]) as y:
    y.append(3)
    print("body b", y)

with tracked("outer") as o, tracked("inner") as i:
    print("nested", o, i)

with tracked("x"):
    with tracked("y"):
        print("deep")

print(log)

@contextmanager
def no_value():
    print("setup")
    yield
    print("teardown")

with no_value() as v:
    print("value is", v)

def run(n):
    with tracked("ret%d" % n) as t:
        if n:
            return "returned " + t
        print("not returning")
    return "fell through"

print(run(1))
print(run(0))

for i in range(3):
    with tracked("loop%d" % i):
        if i == 1:
            continue
        print("iter", i)

@contextmanager
def counter():
    state = {"n": 0}
    yield state
    print("final count", state["n"])

with counter() as c:
    for _ in range(5):
        c["n"] += 1

cm = tracked("obj")
print(type(cm).__name__, type(cm).__module__)
print(hasattr(cm, "__enter__"), hasattr(cm, "__exit__"))
r = cm.__enter__()
print("manual", r)
print("exit ret", cm.__exit__(None, None, None))
