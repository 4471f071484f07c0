# Common dict methods.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("c", 3), d)
print(d.pop("a"), d.pop("zz", "default"), d)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
keys = d.keys()
d["g"] = 7
print(keys, len(keys))
print(d.values(), d.items())
print("b" in d, "zz" in d, "b" in d.keys(), 2 in d.values(), ("b", 2) in d.items())
c = d.copy()
c["new"] = 1
print(d, c)
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0))
c.clear()
print(c)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
inv = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inv)
print(sorted({"b": 1, "a": 2}.items()), sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(list(reversed({"x": 1, "y": 2})))
e = {}
e["k"] = e.get("k", 0) + 1
e["k"] = e.get("k", 0) + 1
print(e)
print({1: "a"} | {2: "b"}, {"a": 1} == {"a": 1.0})
