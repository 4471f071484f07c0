# ExitStack: pop_all, close, reuse, subclassing.
from contextlib import ExitStack

with ExitStack() as stack:
    stack.callback(print, "transferred 1")
    stack.callback(print, "transferred 2")
    later = stack.pop_all()
    print("popped", type(later).__name__)
print("original stack exited without callbacks")
later.close()
print("closed once")
later.close()
print("closed twice (no callbacks left)")

def acquire(names, fail_at=None):
    with ExitStack() as stack:
        for n in names:
            if n == fail_at:
                raise ValueError("failed at " + n)
            stack.callback(print, "release", n)
            print("acquired", n)
        return stack.pop_all()

s = acquire(["x", "y"])
print("got resources")
with s:
    print("using resources")
try:
    acquire(["p", "q", "r"], fail_at="r")
except ValueError as e:
    print(e)

stack = ExitStack()
stack.callback(print, "first use")
stack.close()
stack.callback(print, "second use")
with stack:
    print("reused")

class Tracking(ExitStack):
    def __init__(self, label):
        super().__init__()
        self.label = label

    def __exit__(self, *exc):
        print("Tracking exit", self.label)
        return super().__exit__(*exc)

with Tracking("t1") as t:
    t.callback(print, "subclass callback")
    print(isinstance(t, ExitStack), t.label)

t = Tracking("t2")
t.callback(print, "moved")
try:
    moved = t.pop_all()
except TypeError as e:
    print("pop_all on subclass:", type(e).__name__)
else:
    print(type(moved).__name__)
    moved.close()

stack = ExitStack()
with stack:
    stack.enter_context(ExitStack()).callback(print, "nested in closed stack")
print("end")
