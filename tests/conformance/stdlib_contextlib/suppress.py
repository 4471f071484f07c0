# contextlib.suppress
from contextlib import suppress

with suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("after 1")

with suppress(KeyError, IndexError):
    [][0]
with suppress(KeyError, IndexError):
    {}["a"]
print("after 2")

with suppress(LookupError):
    {}["subclass"]
print("after 3")

try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print(type(e).__name__, e)

with suppress():
    print("empty suppress, no error")
try:
    with suppress():
        raise OSError("empty suppress")
except OSError as e:
    print(type(e).__name__, e)

with suppress(Exception):
    raise RuntimeError("x")
with suppress(BaseException):
    raise SystemExit(1)
print("after 4")

s = suppress(TypeError)
print(s.__enter__())
print(s.__exit__(None, None, None))
print(s.__exit__(TypeError, TypeError("t"), None))
print(s.__exit__(ValueError, ValueError("v"), None))
print(s._exceptions)

# reusable and reentrant
for i in range(3):
    with s:
        if i % 2:
            raise TypeError(i)
        print("ok", i)
with s:
    with s:
        raise TypeError("inner")
    print("not reached")
print("reentrant done")

def f(x):
    with suppress(ValueError):
        return int(x)
    return "fallback"

print(f("12"), f("zz"))

class MyErr(Exception):
    pass

with suppress(MyErr):
    raise MyErr("custom")
print(type(s).__name__, isinstance(s, suppress))
