class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, t, v, tb):
        print("exit", None if t is None else t.__name__, v)
        return t is not None and issubclass(t, self.types)


with Suppress(ValueError) as s:
    print("body", type(s).__name__)
    raise ValueError("hidden")
print("continues")

with Suppress(KeyError):
    print("no error")

try:
    with Suppress(KeyError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("outer caught", e)


def f():
    with Suppress(ZeroDivisionError):
        return 1 / 0
    return "fell through"


print(f())
