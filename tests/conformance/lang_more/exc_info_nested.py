import sys


def show(label):
    t, v, _ = sys.exc_info()
    print(label, None if t is None else t.__name__, v)


try:
    raise ValueError("outer")
except ValueError:
    show("in outer")
    try:
        raise TypeError("inner")
    except TypeError:
        show("in inner")
    show("back in outer")
show("after")


def helper():
    show("helper sees")


try:
    1 / 0
except ZeroDivisionError:
    helper()

try:
    try:
        raise KeyError("a")
    except KeyError:
        show("handler")
        raise
except KeyError:
    show("caught again")
show("end")
