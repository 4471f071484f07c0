class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress


with Managed("a") as v:
    print("body", v)

with Managed("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")

try:
    with Managed("c"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))

with Managed("outer") as o, Managed("inner") as i:
    print("nested", o, i)


def early():
    with Managed("ret"):
        return "returned"


print(early())

for n in range(3):
    with Managed(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        return 1  # truthy value suppresses


with Truthy():
    1 / 0
print("zero division suppressed")


class NoEnter:
    def __exit__(self, *a):
        pass


try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class Reraise:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        if t is ZeroDivisionError:
            raise RuntimeError("converted") from v
        return False


try:
    with Reraise():
        1 / 0
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, *exc):
        Resource.opened -= 1


with Resource() as r1:
    with Resource() as r2:
        print("open:", Resource.opened)
print("open:", Resource.opened)
