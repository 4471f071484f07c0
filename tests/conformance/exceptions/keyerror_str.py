# KeyError's str is the repr of its key; other lookups.
cases = [KeyError("k"), KeyError(1), KeyError(), KeyError("a", "b"), KeyError(None),
         KeyError((1, 2)), KeyError(""), KeyError("it's"), KeyError(2.5)]
for e in cases:
    print(repr(e.args), repr(str(e)), repr(e))

d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("caught", repr(e), str(e), e.args)
try:
    d[(1, 2)]
except LookupError as e:
    print(type(e).__name__, str(e))
try:
    {}.pop("zz")
except KeyError as e:
    print("pop", str(e))
try:
    {1}.remove(5)
except KeyError as e:
    print("set.remove", str(e))
try:
    set().pop()
except KeyError as e:
    print("set.pop", str(e))
try:
    {}.popitem()
except KeyError as e:
    print("popitem", str(e))
try:
    [1, 2][5]
except IndexError as e:
    print("index", str(e))
try:
    "abc"[10]
except IndexError as e:
    print("str index", str(e))
try:
    (1,)[3]
except IndexError as e:
    print("tuple index", str(e))
try:
    [].pop()
except IndexError as e:
    print("list pop", str(e))
try:
    [1].pop(7)
except IndexError as e:
    print("list pop idx", str(e))
try:
    [1, 2].index(9)
except ValueError as e:
    print("list index", str(e))
try:
    "abc".index("z")
except ValueError as e:
    print("str index", str(e))
class K(KeyError):
    pass
print(str(K("key")), repr(K("key")), str(K()), str(K(1, 2)))
