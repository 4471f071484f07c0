from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def scaled(self, k):
        return Point(self.x * k, self.y * k)

    @property
    def is_origin(self):
        return self.x == 0 and self.y == 0

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def describe():
        return "a 2D point"

    def __str__(self):
        return f"<{self.x}, {self.y}>"


p = Point(3, -4)
print(p, repr(p))
print(p.norm1(), p.scaled(2), p.is_origin)
print(Point.origin(), Point.origin().is_origin, Point.describe(), p.describe())
print(Point(5))
print(p[0], p[1], len(p), tuple(p), p == (3, -4))
x, y = p
print(x, y)
print(Point._fields, Point._field_defaults)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
