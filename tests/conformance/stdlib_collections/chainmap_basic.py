from collections import ChainMap


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm)
print(cm["color"], cm["user"], len(cm), list(cm), sorted(cm.items()))
print("color" in cm, "nope" in cm, cm.get("nope"), cm.get("nope", 0))
cm["color"] = "blue"
print(cli, cm["color"], defaults["color"])
del cm["color"]
print(cm["color"])
check("del missing", lambda: cm.__delitem__("user"))
check("getitem missing", lambda: cm["zzz"])
check("pop missing", lambda: cm.pop("user"))
check("popitem empty", lambda: ChainMap().popitem())
child = cm.new_child()
child["user"] = "root"
print(child["user"], cm["user"], len(child.maps))
print(child.parents == cm, child.parents)
kid = cm.new_child({"x": 1})
print(kid, kid.maps[0])
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {"a": 1})))
print(ChainMap({"a": 1}) == {"a": 1}, ChainMap({"a": 1}, {"a": 2}) == ChainMap({"a": 1}))
c2 = cm.copy()
c2["new"] = 1
print("new" in cm, "new" in c2)
print(list(ChainMap({"b": 1, "a": 2}, {"c": 3, "b": 4})))
print(dict(ChainMap({"b": 1}, {"b": 2, "z": 0})))
print(cm.setdefault("color", "x"), cm.setdefault("new2", "y"), cli)
cm.update({"k": 1})
print(cli)
print(cm.pop("k"), cm.popitem(), cli)
m = ChainMap({"a": 1}) | {"b": 2}
print(m)
cm.clear()
print(cli, cm)
