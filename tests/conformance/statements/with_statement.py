# with statement and user-defined context managers.
class Tracer:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc)
        return self.suppress

with Tracer("a") as t:
    print("inside", t.name)

with Tracer("b", suppress=True):
    print("about to fail")
    raise ValueError("oops")
print("after suppressed exception")

try:
    with Tracer("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with Tracer("outer"), Tracer("inner") as i:
    print("both active, inner is", i.name)

with Tracer("x") as x:
    with Tracer("y") as y:
        print(x.name + y.name)

def early():
    with Tracer("ret"):
        return "returned"
print(early())

for n in range(3):
    with Tracer("loop" + str(n)):
        if n == 1:
            continue
        print("body", n)

class Resource:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("open")
        return self.log
    def __exit__(self, a, b, c):
        self.log.append("close")
        return False
r = Resource()
with r as log:
    log.append("use")
print(r.log)
