# printf-style formatting errors.
cases = [("%d", "x"), ("%d", None), ("%x", 1.5), ("%o", 1.5), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%c", 1.5), ("%f", "x"),
         ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(a)s", ("a",)), ("%(a)s", {"b": 1}), ("%z", 1), ("%", 1), ("%(a", {"a": 1}),
         ("%*d", ("x", 1)), ("%.*f", (1.5, 1.0)), ("%d %(a)s", {"a": 1}), ("%s", ()), ("%i", "1"), ("%e", None), ("%5", 1),
         ("%(a)s %s", {"a": 1}), ("abc", 5), ("abc", (1,)), ("%d", [1]), ("%x", "a"), ("%X", None), ("%.2d", "x"), ("%s %*s", ("a", 5))]
for fmt, args in cases:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % {"a": 1}, "abc" % {"a": 1}, "%s" % [], "%(x)s" % {"x": [1]})
try:
    print(5 % "x")
except TypeError as e:
    print(type(e).__name__, e)
