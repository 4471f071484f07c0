# Dicts: insertion order, update, del.
d = {"one": 1, "two": 2}
d["three"] = 3
print(d)
print(d["two"], len(d), "one" in d, "four" in d)
d["one"] = 100
print(d)
del d["two"]
print(d)
d["two"] = 2
print(d)
d.update({"four": 4, "one": 1})
print(d)
d.update(five=5)
print(d)
print(list(d), list(d.keys()), list(d.values()))
print(list(d.items()))
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k}={v}")
e = dict([("a", 1), ("b", 2)])
print(e, dict(x=1, y=2), dict())
print({1: "a", 2: "b"} == {2: "b", 1: "a"})
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"])
nested["a"]["b"]["d"] = [1, 2]
print(nested)
print({True: "t", 1: "one"})
print({1.0: "x", 1: "y"})
keys = {(1, 2): "tuple key", 3: "int key", None: "none key"}
print(keys)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(dict(zip("abc", range(3))))
print({**{"a": 1}, **{"b": 2, "a": 3}})
print(d | {"six": 6})
x = {"k": 1}
x |= {"j": 2}
print(x)
print(repr({}), str({"q": "w"}))
