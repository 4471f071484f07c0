# Error messages of format() and str.format for bad specs and types.
cases = [(1, "q"), (1.5, "q"), ("s", "q"), (1, ".2s"), (None, "5"), (None, ""), ([1], ""), ([1], "x"), ((1,), ">3"),
         (1j, "d"), (1j, ""), (1, "-_,"), (1, ",_"), (1, "__"), (1, "=s"), ("a", "=5"), (1.5, "+s"), (1, "1111111111111111111111"),
         (1.5, ".1111111111111111111111f"), (b"x", ""), (b"x", "5"), (object, "")]
for v, spec in cases:
    try:
        r = format(v, spec)
        print(repr(spec), "ok", r if not r.startswith("<") else "<...>")
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    def __format__(self, spec):
        return "Custom(" + spec + ")"
class BadFormat:
    def __format__(self, spec):
        return 42
print(format(Custom(), "xyz"), "{0:abc}".format(Custom()), "{:{}}".format(Custom(), "nested"))
try:
    format(BadFormat(), "")
except TypeError as e:
    print(type(e).__name__, e)
