class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress


with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)

with CM("outer", suppress=True):
    with CM("inner"):
        raise ValueError("x")
    print("not reached")
print("after outer")

with CM("first"), CM("second", suppress=True):
    raise KeyError("y")
print("after pair")

try:
    with CM("x"):
        with CM("y"):
            raise TypeError("z")
except TypeError as e:
    print("caught", e)
