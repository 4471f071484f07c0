from collections import Counter


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], "z" in c, len(c))
print(c.most_common())
print(c.most_common(2), c.most_common(0), c.most_common(100) == c.most_common())
print(sorted(c.elements()))
print(list(Counter(a=2, b=0, c=-1, d=1).elements()))
print(c.total(), Counter().total())
print(Counter(), Counter([]), Counter({}))
print(Counter({"x": 3, "y": 5}), Counter(x=1, y=2))
print(Counter(["b", "a", "b", "c", "a", "b"]).most_common())
ties = Counter("dcbaabcd")
print(ties.most_common(), ties)
u = Counter("aab")
u.update("bcc")
print(u)
u.update({"a": 10, "q": 1})
print(u)
u.update(z=2)
print(u)
u.subtract("aaaa")
print(u)
u.subtract({"q": 5}, )
print(u)
u.subtract(z=10)
print(u)
del u["missing"]
del u["a"]
print(u)
print(isinstance(u, dict), type(u).__name__)
k = Counter()
for word in "the cat and the hat and the bat".split():
    k[word] += 1
print(k, k.most_common(1))
print(dict(Counter("aba")))
cp = k.copy()
cp["the"] = 0
print(type(cp).__name__, k["the"], cp["the"])
print(Counter({"a": 3, "b": 1}) == Counter({"b": 1, "a": 3}))
print(Counter(a=1, b=0) == Counter(a=1))
print(Counter(a=1) == {"a": 1}, Counter(a=1) != {"a": 2})
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) <= Counter(a=2), Counter(a=1) < Counter(a=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2), Counter() < Counter(x=1))
check("fromkeys", lambda: Counter.fromkeys("ab"))
check("not iterable", lambda: Counter(1))
check("lt dict", lambda: Counter(a=1) < {"a": 2})
print(Counter("aaa").most_common(1)[0][0])
print(Counter([1, 1, 2, 3, 3, 3]).most_common())
print(Counter({"a": 1.5, "b": 0.5}))
print(Counter("hello world").most_common(3))
print(sum(Counter("abc").values()), sorted(Counter("cba")))
print(Counter({"b": 2, "a": 2, "c": 3}))
print(repr(Counter(a=0)))
