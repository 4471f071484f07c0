from collections import namedtuple


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


P = namedtuple("Point", "x y")
check("missing one", lambda: P(1))
check("missing two", lambda: P())
check("too many", lambda: P(1, 2, 3))
check("unexpected kw", lambda: P(1, 2, z=3))
check("multiple", lambda: P(1, x=2))
check("make short", lambda: P._make([1]))
check("make long", lambda: P._make([1, 2, 3]))


def setattr_field():
    p = P(1, 2)
    p.x = 5


check("set field", setattr_field)
check("replace bad", lambda: P(1, 2)._replace(z=1))
check("replace bad2", lambda: P(1, 2)._replace(z=1, w=2, x=0))
check("bad typename", lambda: namedtuple("a b", "x"))
check("underscore", lambda: namedtuple("A", "x _y"))
check("duplicate", lambda: namedtuple("A", "x x"))
check("keyword", lambda: namedtuple("A", "x def"))
check("keyword type", lambda: namedtuple("class", "x"))
check("defaults", lambda: namedtuple("A", "x y", defaults=(1, 2, 3)))
check("not str", lambda: namedtuple("A", ["x", 1]))
check("digit", lambda: namedtuple("A", "1x"))
check("no attr", lambda: P(1, 2).z)
check("index", lambda: P(1, 2)[2])
Q = namedtuple("Q", "a b c")
check("missing three", lambda: Q())
check("missing two of three", lambda: Q(1))
check("ok", lambda: Q(1, 2, 3))
check("tuple immut", lambda: P(1, 2).__setitem__(0, 1))
