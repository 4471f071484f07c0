# __copy__/__deepcopy__ hooks interacting with memo and containers; copy of class objects.
import copy

class Leaf:
    copies = 0
    def __init__(self, v):
        self.v = v
    def __deepcopy__(self, memo):
        Leaf.copies += 1
        new = Leaf(copy.deepcopy(self.v, memo))
        return new

leaf = Leaf([1, 2])
tree = {"l": leaf, "r": leaf, "list": [leaf]}
t2 = copy.deepcopy(tree)
print(Leaf.copies, t2["l"] is t2["r"], t2["l"].v, t2["l"].v is leaf.v)

class Shallow:
    def __init__(self):
        self.items = [1]
    def __copy__(self):
        c = Shallow()
        c.items = list(self.items) + ["copied"]
        return c

s = Shallow()
print(copy.copy(s).items, copy.copy([s])[0] is s, copy.deepcopy([s])[0] is s)
print(copy.copy(Shallow) is Shallow, copy.deepcopy(Leaf) is Leaf)
memo = {}
a = [1]
b = copy.deepcopy([a, a], memo)
print(b[0] is b[1], memo[id(a)] is b[0])
