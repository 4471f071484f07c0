from collections import namedtuple

Vec = namedtuple("Vec", "x y")


class Vector(Vec):
    __slots__ = ()

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def length2(self):
        return self.dot(self)

    def __str__(self):
        return f"Vector({self.x}; {self.y})"


v = Vector(3, 4)
w = Vector(1, 2)
print(v.dot(w), v.length2)
print(v, repr(v))
print(type(v).__name__, isinstance(v, Vec), isinstance(v, tuple))
print(v.x, v[1], len(v), list(v))
r = v._replace(x=10)
print(type(r).__name__, repr(r))
m = Vector._make([7, 8])
print(type(m).__name__, m.dot(w))
print(v._asdict())
print(v == (3, 4))
