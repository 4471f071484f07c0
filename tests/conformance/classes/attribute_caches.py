# Instance attributes and method calls through compiled attribute sites: the same expression
# seeing different classes, attributes set in different orders, deleted and re-added, methods
# shadowed by instance attributes or replaced on the class after the site has run.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Q(P):
    def __init__(self, x, y, z):
        self.z = z
        super().__init__(x, y)

    def total(self):
        return super().total() * 10 + self.z


def read_all(objs):
    return [(o.x, o.y, o.total()) for o in objs]


objs = [P(1, 2), Q(3, 4, 5), P(6, 7), Q(8, 9, 10)]
for _ in range(3):
    print(read_all(objs))
print([vars(o) for o in objs])

# Attributes set in a different order than the first instance: vars() keeps each one's order.
a = P(1, 2)
b = P.__new__(P)
b.y = 20
b.x = 10
b.extra = "e"
print(vars(a), vars(b), b.total())

# Delete and re-add: the re-added attribute goes last, as in CPython.
c = P(1, 2)
del c.x
print(vars(c), hasattr(c, "x"))
c.x = 5
print(vars(c), c.total())
try:
    del c.missing
except AttributeError as e:
    print("AttributeError:", e)

# A method shadowed by an instance attribute after the call site has been warmed up.
d = P(2, 3)
for i in range(3):
    print(d.total())
d.total = lambda: "instance attribute wins"
print(d.total())
del d.total
print(d.total())

# Replacing the method on the class invalidates every cached call.
def new_total(self):
    return self.x * self.y


e = P(4, 5)
print(e.total())
P.total = new_total
print(e.total(), objs[0].total(), objs[1].total())

# Class attributes read through instances, then shadowed per instance.
class Config:
    limit = 3

    def get(self):
        return self.limit


cfg = [Config(), Config()]
print([c.get() for c in cfg])
cfg[1].limit = 99
print([c.get() for c in cfg], vars(cfg[0]), vars(cfg[1]))
Config.limit = 7
print([c.get() for c in cfg])

# Many attributes (more than the shared layout keeps) and getattr/setattr with computed names.
class Bag:
    pass


bag = Bag()
for i in range(100):
    setattr(bag, f"a{i}", i)
print(len(vars(bag)), bag.a0, bag.a99, getattr(bag, "a50"), list(vars(bag))[:3], list(vars(bag))[-2:])
other = Bag()
other.a1 = "first"
other.a0 = "second"
print(vars(other))

# A property added to the class later turns plain attribute reads into descriptor calls.
class Temp:
    def __init__(self):
        self.celsius = 20


t = Temp()
for _ in range(3):
    print(t.celsius)
Temp.fahrenheit = property(lambda self: self.celsius * 9 / 5 + 32)
print(t.fahrenheit)
