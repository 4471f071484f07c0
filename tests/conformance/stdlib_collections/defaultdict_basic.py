from collections import defaultdict


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


d = defaultdict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d)
print(dict(d), len(d), "a" in d, "z" in d)
print(d["z"], d)
print(d.get("q"), "q" in d)
c = defaultdict(int)
for ch in "mississippi":
    c[ch] += 1
print(c)
print(sorted(c.items()))
print(isinstance(c, dict), isinstance(c, defaultdict), type(c).__name__)
print(c.default_factory, d.default_factory)
s = defaultdict(set)
s["x"].add(1)
print(s)
n = defaultdict(None, {1: 2})
print(n, n.default_factory)
check("missing none", lambda: n[5])
check("bad factory", lambda: defaultdict(1))
e = defaultdict()
print(e)
check("missing empty", lambda: e["k"])
f = defaultdict(lambda: "dflt", a=1)
print(f["a"], f["b"], sorted(f.items()))
g = defaultdict(str, [("k", "v")])
print(g, g["nope"] == "")
h = d.copy()
h["new"].append(9)
print(type(h).__name__, h.default_factory, "new" in d, "new" in h)
print(d == dict(d), d == {"a": [1, 2]})
d.default_factory = dict
print(d["w"], d.default_factory)
d.default_factory = None
check("after none", lambda: d["xx"])
print(d.__missing__ is not None)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
nested["a"]["c"] += 2
print(dict(nested["a"]), list(nested))
u = defaultdict(list, {"a": [1]}) | {"b": [2]}
print(u)
k = defaultdict(int)
k.update({"x": 5}, y=6)
print(k, k.pop("x"), k.setdefault("z", 7), k)
print(list(k.keys()), list(k.values()))
class Tree:
    pass
t = defaultdict(Tree)
print(type(t["a"]).__name__)
print(defaultdict(int, {"a": 1}) == defaultdict(list, {"a": 1}))
print(repr(defaultdict(list)))
