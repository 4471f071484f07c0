# benchmark-args: 480
# A small ray tracer: vector classes, spheres, a plane, shadows and reflections (float-heavy
# method calls and object allocation). Prints an ASCII rendering and a checksum.
import math
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def hit(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return (p - self.center).norm()


class Plane:
    def __init__(self, y, color, reflect):
        self.y = y
        self.color = color
        self.reflect = reflect

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return None
        t = (self.y - origin.y) / direction.y
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return Vec(0.0, 1.0, 0.0)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.9, 0.3),
            Sphere(Vec(-2.0, 0.6, 6.0), 0.6, 0.6, 0.1),
            Sphere(Vec(2.0, 0.8, 4.5), 0.8, 0.75, 0.5),
            Plane(0.0, 0.4, 0.2),
        ]
        self.light = Vec(-3.0, 6.0, 1.0)

    def nearest(self, origin, direction):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t is not None and t < best_t:
                best = obj
                best_t = t
        return best, best_t

    def trace(self, origin, direction, depth):
        obj, t = self.nearest(origin, direction)
        if obj is None:
            return 0.05
        p = origin + direction.scale(t)
        n = obj.normal_at(p)
        to_light = (self.light - p).norm()
        shadow, st = self.nearest(p, to_light)
        diffuse = max(0.0, n.dot(to_light))
        if shadow is not None:
            diffuse *= 0.2
        color = obj.color * (0.1 + 0.9 * diffuse)
        if depth < 3 and obj.reflect > 0:
            r = direction - n.scale(2.0 * direction.dot(n))
            color = color * (1 - obj.reflect) + obj.reflect * self.trace(p, r.norm(), depth + 1)
        return color


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.2, 0.0)
    rows = []
    total = 0.0
    for j in range(height):
        row = []
        for i in range(width):
            x = (i - width / 2) / width * 2.0
            y = (height / 2 - j) / height * 1.5
            d = Vec(x, y, 1.5).norm()
            c = scene.trace(eye, d, 0)
            total += c
            row.append(" .:-=+*#%@"[min(9, int(c * 10))])
        rows.append("".join(row))
    return rows, total


size = int(sys.argv[1]) if len(sys.argv) > 1 else 24
rows, total = render(size, size // 2)
for r in rows[:: max(1, len(rows) // 12)]:
    print(r[:: max(1, len(r) // 60)])
print(f"checksum {total:.6f}")
