from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    def describe(self):
        return '%s has mass %.3e' % (self.name.title(), self.mass)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return 'kg'

for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))
print(Planet.EARTH.describe())
print(Planet.heaviest(), Planet.unit())
print(Planet.EARTH.mass, Planet.JUPITER.radius)
print(len(Planet), Planet((5.976e+24, 6.37814e6)))
