class Logger:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return False


try:
    with Logger("a") as n:
        print("got", n)
        raise RuntimeError("fail")
except RuntimeError as e:
    print("caught", repr(e))


class ReturnsNone:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        print("exit args", len(args))


try:
    with ReturnsNone():
        {}["missing"]
except KeyError as e:
    print("KeyError", e)

with Logger("ok"):
    pass
print("done")
