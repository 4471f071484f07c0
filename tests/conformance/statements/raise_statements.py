# raise, raise from, bare re-raise, exception attributes.
def fail(kind):
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError("missing")
    if kind == 3:
        raise RuntimeError
    return "ok"

for k in [0, 1, 2, 3]:
    try:
        print(fail(k))
    except (ValueError, KeyError, RuntimeError) as e:
        print(type(e).__name__, repr(str(e)), e.args)

try:
    try:
        fail(1)
    except ValueError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

try:
    try:
        fail(2)
    except KeyError:
        raise TypeError("no cause") from None
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

def reraise():
    try:
        fail(1)
    except ValueError:
        print("logging and re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("re-raised:", e)

e = ValueError("a", 2, None)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), repr(KeyError("k")), str(KeyError("k")))
print(str(Exception("x", "y")))
try:
    raise IndexError("idx")
except Exception as err:
    saved = err
print(type(saved).__name__, saved)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
