from collections import OrderedDict


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


o = OrderedDict()
o["b"] = 1
o["a"] = 2
o["c"] = 3
print(o)
print(list(o), list(o.keys()), list(o.values()), list(o.items()))
o.move_to_end("b")
print(o)
o.move_to_end("c", last=False)
print(o)
o.move_to_end("a", False)
print(o)
print(o.popitem(), o)
print(o.popitem(last=False), o)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(z=1))
p = OrderedDict.fromkeys("abc", 0)
print(p, type(p).__name__)
print(OrderedDict.fromkeys("xy"))
q = OrderedDict([("a", 1), ("b", 2)])
r = OrderedDict([("b", 2), ("a", 1)])
print(q == r, q != r, q == dict(r), dict(q) == r, q == {"a": 1, "b": 2})
print(q == OrderedDict([("a", 1), ("b", 2)]))
check("popitem empty", lambda: OrderedDict().popitem())
check("move missing", lambda: OrderedDict().move_to_end("k"))
check("too many", lambda: OrderedDict({}, {}))
c = q.copy()
c["z"] = 26
print(type(c).__name__, c, q)
print(isinstance(q, dict), len(q), "a" in q, q.get("b"), q["a"])
print(list(reversed(q)))
m = q | {"c": 3}
print(m, type(m).__name__)
q.update(b=20, d=4)
print(q)
print(q.pop("b"), q.setdefault("e", 5), q)
del q["a"]
print(q)
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 2, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
    print(list(lru))
nested = OrderedDict(a=OrderedDict(b=1))
print(nested)
s = OrderedDict(a=1)
s["self"] = s
print(s)
