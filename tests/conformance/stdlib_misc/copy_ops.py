# copy.copy / copy.deepcopy: containers, sharing and cycles, memo, __copy__/__deepcopy__,
# instances rebuilt without __init__, __getstate__/__setstate__.
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(98)
print(s, d, s is a, s[1] is a[1], d[1] is a[1])
t = (1, 2, [3])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy(t) == t)
t2 = (1, "x", (2, 3))
print(copy.deepcopy(t2) is t2)
for v in [5, 2.5, "s", b"b", None, True, 3j, range(3), frozenset({1})]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
print(copy.copy(len) is len, copy.deepcopy(int) is int)
st = {1, 2, 3}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st)
ba = bytearray(b"xy")
print(copy.copy(ba), copy.copy(ba) is ba)
dd = {"a": [1], "b": ([2],)}
dc = copy.deepcopy(dd)
dd["a"].append(0)
print(dc, dc["b"][0] is dd["b"][0])

shared = [1, 2]
pair = [shared, shared]
cp = copy.deepcopy(pair)
print(cp, cp[0] is cp[1], cp[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, len(cc))
dcyc = {}
dcyc["self"] = dcyc
dcc = copy.deepcopy(dcyc)
print(dcc["self"] is dcc)

memo = {}
x = [1, 2]
y1 = copy.deepcopy(x, memo)
y2 = copy.deepcopy(x, memo)
print(y1 is y2, id(x) in memo)

class Point:
    def __init__(self, x, y):
        print("init called")
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

p = Point([1], 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
p.x.append(5)
print(pc, pd, pc.x is p.x, pd.x is p.x, type(pc).__name__)

class Empty:
    pass
e = copy.deepcopy(Empty())
print(type(e).__name__, vars(e))

class Hooked:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__")
        return Hooked(self.v + ["shallow"])
    def __deepcopy__(self, memo):
        print("__deepcopy__", type(memo).__name__)
        return Hooked(copy.deepcopy(self.v, memo) + ["deep"])

h = Hooked([1])
print(copy.copy(h).v, copy.deepcopy(h).v, copy.deepcopy([h, h])[0].v)

class Stateful:
    def __init__(self):
        self.a = 1
        self.cache = "big"
    def __getstate__(self):
        st = dict(self.__dict__)
        del st["cache"]
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        for k, v in st.items():
            setattr(self, k, v)
        self.cache = None

sc = copy.copy(Stateful())
print(sc.a, sc.cache)
sd = copy.deepcopy(Stateful())
print(sd.a, sd.cache)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].name, r2 is not root)

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(copy.copy)
check(copy.deepcopy)
