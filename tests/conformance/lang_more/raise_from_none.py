def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no {key!r}") from None


try:
    lookup({}, "a")
except LookupError as e:
    print(repr(e))
    print(e.__cause__, e.__suppress_context__)
    print(type(e.__context__).__name__)

try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise TypeError("t") from v
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

e = RuntimeError("manual")
e.__cause__ = None
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    raise ValueError("x") from 5
except TypeError as t:
    print("TypeError:", t)
