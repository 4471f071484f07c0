# ExitStack: callback, enter_context, push; LIFO unwinding.
from contextlib import ExitStack, contextmanager

@contextmanager
def res(name):
    print("acquire", name)
    yield name.upper()
    print("release", name)

with ExitStack() as stack:
    print(type(stack).__name__)
    names = [stack.enter_context(res(n)) for n in ("a", "b", "c")]
    print("entered", names)
print("stack done")

def cb(*args, **kwargs):
    print("callback", args, sorted(kwargs.items()))
    return "ignored"

with ExitStack() as stack:
    r = stack.callback(cb, 1, 2, key="v")
    print("callback returns the function", r is cb)
    stack.callback(cb)
    stack.callback(print, "printed by callback")
    print("body")

class Manual:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc)
        return False

with ExitStack() as stack:
    m = stack.enter_context(Manual("m1"))
    print(m.name)
    pushed = stack.push(Manual("m2"))
    print("push returns", pushed.name)

def exit_func(exc_type, exc, tb):
    print("exit_func", exc_type)

with ExitStack() as stack:
    print(stack.push(exit_func) is exit_func)
    stack.callback(print, "cb after push")

order = []
with ExitStack() as stack:
    for i in range(5):
        stack.callback(order.append, i)
print(order)

stack = ExitStack()
print(stack.__enter__() is stack)
stack.callback(print, "closing by __exit__")
print(stack.__exit__(None, None, None))

class NotCM:
    pass

with ExitStack() as stack:
    try:
        stack.enter_context(NotCM())
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        stack.enter_context(42)
    except TypeError as e:
        print(type(e).__name__, e)

with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner stack")
    outer.callback(print, "outer stack")
