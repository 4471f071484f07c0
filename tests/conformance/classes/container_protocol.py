# __len__, __getitem__, __setitem__, __delitem__, __contains__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = [0] * (w * h)
    def __len__(self):
        return len(self.cells)
    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value
    def __contains__(self, value):
        return value in self.cells
g = Grid(3, 2)
g[1, 1] = 5
g[(2, 0)] = 7
print(len(g), g[1, 1], g[2, 0], g[0, 0])
print(5 in g, 9 in g, 9 not in g)
print(g.cells)
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
sq = Squares(5)
print(len(sq), sq[0], sq[4], sq[-1])
print(list(sq))
for v in sq:
    print("iter via getitem", v)
print(9 in sq, 10 in sq)
print(bool(Squares(0)), bool(sq))
class Registry:
    def __init__(self):
        self.data = {}
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __getitem__(self, k):
        return self.data.get(k, "missing")
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __len__(self):
        return len(self.data)
r = Registry()
r["a"] = 1
r["b"] = 2
print(r["a"], r["zzz"], len(r))
del r["a"]
print(len(r), r.data)
r["b"] += 10
print(r["b"])
