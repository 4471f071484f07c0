# ExitStack: exceptions through callbacks, suppression and context chaining.
from contextlib import ExitStack, suppress

def suppressor(exc_type, exc, tb):
    print("suppressor sees", exc_type.__name__ if exc_type else None)
    return True

def observer(exc_type, exc, tb):
    print("observer sees", exc_type.__name__ if exc_type else None, exc)
    return False

with ExitStack() as stack:
    stack.push(observer)
    stack.push(suppressor)
    stack.push(observer)
    raise ValueError("suppressed")
print("after suppressed")

try:
    with ExitStack() as stack:
        stack.push(observer)
        raise KeyError("passes")
except KeyError as e:
    print("propagated", repr(e))

def raiser(msg):
    def cb():
        raise RuntimeError(msg)
    return cb

try:
    with ExitStack() as stack:
        stack.callback(raiser("first registered"))
        stack.callback(raiser("second registered"))
        raise ValueError("body")
except RuntimeError as e:
    print("final", e)
    print("context", repr(e.__context__))
    print("context2", repr(e.__context__.__context__))
    print("context3", e.__context__.__context__.__context__)

try:
    with ExitStack() as stack:
        stack.callback(raiser("only one"))
except RuntimeError as e:
    print("from callback", e, e.__context__)

try:
    with ExitStack() as stack:
        stack.callback(raiser("hidden"))
        stack.push(suppressor)
        stack.callback(raiser("replaced by suppression"))
except RuntimeError as e:
    print("escaped", e, repr(e.__context__))

with ExitStack() as stack:
    stack.push(suppressor)
    stack.callback(raiser("cb error"))
print("suppressor swallowed the callback error")

with ExitStack() as stack:
    stack.enter_context(suppress(ZeroDivisionError))
    1 / 0
print("suppress inside stack")

stack = ExitStack()
stack.push(suppressor)
print("exit result", stack.__exit__(TypeError, TypeError("t"), None))
stack = ExitStack()
stack.push(observer)
print("exit result", stack.__exit__(None, None, None))

log = []
try:
    with ExitStack() as stack:
        stack.callback(log.append, "ran anyway")
        stack.callback(raiser("boom"))
except RuntimeError as e:
    print(e, log)
