# __repr__ and __str__, including containers of objects.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
class Named:
    def __init__(self, name):
        self.name = name
    def __str__(self):
        return "Named " + self.name
    def __repr__(self):
        return f"<Named {self.name!r}>"
class OnlyStr:
    def __str__(self):
        return "only str"
    def __repr__(self):
        return "OnlyStr()"
p = Point(1, "two")
print(p)
print(str(p), repr(p))
print([p, Point(3, 4.5)])
print((p,), {"k": p}, {1: [p]})
n = Named("Ann")
print(n, str(n), repr(n))
print([n], f"{n}", f"{n!r}", f"{n!s}")
print("as text: " + str(n))
o = OnlyStr()
print(o, [o])
print(str([n, n]))
print(repr("quotes"), [["nested", Point(0, 0)]])
class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        if not self.children:
            return f"Tree({self.value})"
        return f"Tree({self.value}, {self.children})"
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(format(p), "{} {!r}".format(n, n))
