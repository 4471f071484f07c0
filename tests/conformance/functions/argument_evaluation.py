# Argument evaluation order and default argument expressions.
def trace(label, value):
    print("evaluating", label)
    return value
def f(a, b, c=0, *, d=0):
    return a + b + c + d
print(f(trace("a", 1), trace("b", 2), d=trace("d", 4), c=trace("c", 3)))
calls = []
def make_default():
    calls.append("made")
    return len(calls)
def g(x=make_default()):
    return x
print(g(), g(), g(10), calls)
def h(*args, sep=trace("default sep", "-")):
    return sep.join([str(a) for a in args])
print(h(1, 2, 3), h(1, 2, sep="+"))
def outer():
    return trace("outer call", inner)
def inner(v):
    return v * 2
print(outer()(trace("inner arg", 21)))
print(max(trace("x", 3), trace("y", 7), key=trace("key func", lambda v: -v)))
