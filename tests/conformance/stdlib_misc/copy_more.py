# copy/deepcopy of nested structures with aliasing, tuples holding mutables, dict keys, sets.
import copy

inner = [1, 2]
data = {"a": inner, "b": (inner, "x"), "c": [inner, {"d": inner}], "e": {3, 4}, "f": frozenset([5])}
dc = copy.deepcopy(data)
print(dc)
print(dc["a"] is dc["b"][0], dc["a"] is dc["c"][0], dc["c"][1]["d"] is dc["a"], dc["a"] is inner)
sc = copy.copy(data)
print(sc["a"] is inner, sc is not data, sc == data)
keys = {(1, 2): "t", "s": [1]}
kc = copy.deepcopy(keys)
print(kc, kc == keys)
mat = [[0] * 3 for _ in range(3)]
m2 = copy.deepcopy(mat)
m2[0][0] = 9
m3 = copy.copy(mat)
m3[1][1] = 7
print(mat, m2, m3)
t = ([1], [2])
t2 = copy.deepcopy(t)
t2[0].append(3)
print(t, t2, copy.copy(t) is t)
nested = [[[["deep"]]]]
n2 = copy.deepcopy(nested)
print(n2 == nested, n2[0][0][0] is nested[0][0][0])

class Account:
    def __init__(self, owner, tags):
        self.owner = owner
        self.tags = tags
        self.history = [("open", 0)]

acct = Account("ann", ["vip"])
shallow = copy.copy(acct)
deep = copy.deepcopy(acct)
acct.tags.append("new")
acct.history.append(("dep", 5))
print(shallow.tags, shallow.history, deep.tags, deep.history, deep.owner)
group = [acct, acct]
g2 = copy.deepcopy(group)
print(g2[0] is g2[1], g2[0] is acct, g2[0].tags)
