# itemgetter, attrgetter (dotted, multiple), methodcaller: results, reprs, sorting keys, errors.
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 25, "b"), ("alice", 30, "a"), ("carol", 25, "c")]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(itemgetter(0)("xyz"), itemgetter(-1)([1, 2, 3]), itemgetter(slice(1, None))("hello"))
print(itemgetter("a", "b")({"a": 1, "b": 2, "c": 3}), itemgetter(0, 0)([7]))
print(list(map(itemgetter(1), rows)))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter(slice(1, 2))))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)

class Box:
    def __init__(self, name, corner):
        self.name = name
        self.corner = corner

pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
print(sorted(pts, key=attrgetter("x")), sorted(pts, key=attrgetter("y")))
print(attrgetter("x", "y")(Point(5, 6)))
b = Box("b1", Point(7, 8))
print(attrgetter("corner.x")(b), attrgetter("name", "corner.y")(b))
print(attrgetter("real", "imag")(3 + 4j), attrgetter("__class__.__name__")(1.5))
print(repr(attrgetter("a.b", "c")), repr(attrgetter("x")))

print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(methodcaller("get", "k", "default")({}), methodcaller("count", 1)([1, 1, 2]))
print(list(map(methodcaller("strip", "x"), ["xax", "xxbx"])))
print(repr(methodcaller("f", 1, k=2)), repr(methodcaller("name")), repr(methodcaller("g", "s", [1])))

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(itemgetter)
check(attrgetter)
check(attrgetter, 1)
check(methodcaller)
check(methodcaller, 1)
check(itemgetter(5), [1])
check(itemgetter("k"), {})
check(attrgetter("x"), 1)
check(attrgetter("corner.z"), b)
check(itemgetter(1), [1, 2], 3)
check(itemgetter(1))
check(methodcaller("nope"), 5)
check(methodcaller("upper"), "a", "b")
