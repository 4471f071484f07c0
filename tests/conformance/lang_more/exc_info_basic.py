import sys

print(sys.exc_info())
try:
    raise ValueError("first")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
    print(sys.exc_info()[1] is v)
print(sys.exc_info())


def handler():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()


t, v, tb = handler()
print(t, repr(v), tb is not None)
print(sys.exc_info() == (None, None, None))
for cls in (TypeError, ZeroDivisionError, IndexError):
    try:
        raise cls("msg")
    except Exception:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1].args)
