# format()/str.format/f-strings/%-format with objects defining __str__, __repr__, __format__.
class Both:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
class Fmt:
    def __format__(self, spec):
        return "F<" + spec + ">"
    def __repr__(self):
        return "FR"
b, f = Both(), Fmt()
print(str(b), repr(b), format(b), "{}".format(b), "{!r}".format(b), "{!s:>4}".format(b), f"{b}", f"{b!r:^5}", "%s %r" % (b, b))
print(format(f), format(f, "x"), "{:abc}".format(f), f"{f:{1 + 1}d}", f"{f!r}", "{0!s}".format(f))
print(format(b, ""), [format(x) for x in [1, 1.5, "s", None, True, (1, 2)]])
for bad in [lambda: format(b, "x"), lambda: "{:x}".format(b), lambda: f"{b:5}", lambda: format(None, "5"), lambda: format([], ">3")]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(format(True, "d"), format(True, ">5"), format(True, ""), format(False, "x"), f"{True:^7}", "%d %s %r" % (True, True, False))
