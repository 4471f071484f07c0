import json


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


check("tuple key", lambda: json.dumps({(1,): 2}))
check("skip tuple key", lambda: json.dumps({(1,): 2, "a": 1}, skipkeys=True))
check("skip all", lambda: json.dumps({(1,): 2}, skipkeys=True))
check("nan strict", lambda: json.dumps(float("nan"), allow_nan=False))
check("inf strict", lambda: json.dumps([float("inf")], allow_nan=False))
check("inf key strict", lambda: json.dumps({float("inf"): 1}, allow_nan=False))
check("object", lambda: json.dumps(object()))
check("set", lambda: json.dumps({1, 2}))
check("bytes", lambda: json.dumps(b"x"))
check("complex", lambda: json.dumps(1j))
l = []
l.append(l)
check("circular list", lambda: json.dumps(l))
d = {}
d["self"] = d
check("circular dict", lambda: json.dumps(d))
check("default set", lambda: json.dumps({1, 2, 3}, default=sorted))
check("default str", lambda: json.dumps([object, 1], default=lambda o: "obj"))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


check("default obj", lambda: json.dumps(Point(1, 2), default=lambda o: {"x": o.x, "y": o.y}))
check("default nested", lambda: json.dumps({"p": [Point(0, 1)]}, default=lambda o: [o.x, o.y], sort_keys=True))


def bad_default(o):
    raise ValueError("cannot encode " + type(o).__name__)


check("default raises", lambda: json.dumps(Point(1, 2), default=bad_default))
check("default returns self", lambda: json.dumps(Point(1, 2), default=lambda o: o))
check("sort mixed", lambda: json.dumps({1: 1, "a": 2}, sort_keys=True))
check("bad kw", lambda: json.dumps(1, foo=2))
check("no args", lambda: json.dumps())
check("two args", lambda: json.dumps(1, 2))
check("same list twice ok", lambda: json.dumps([[1], [1]]))
shared = [1]
check("shared ok", lambda: json.dumps([shared, shared]))
check("no circular check", lambda: json.dumps([1, 2], check_circular=False))
