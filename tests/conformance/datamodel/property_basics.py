class Temperature:
    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        """Temperature in Celsius."""
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


t = Temperature(25)
print(t.celsius)
print(t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
t.celsius = 0
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__)
print(Temperature.celsius.fset.__name__)
print(Temperature.celsius.fdel.__name__)
print(Temperature.fahrenheit.fset is None)
print(Temperature.fahrenheit.fdel is None)
print(isinstance(Temperature.celsius, property))

try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)


def get_x(self):
    return self._x * 2


def set_x(self, v):
    self._x = v


class P:
    x = property(get_x, set_x, None, "the x property")
    y = property(doc="only doc")
    z = property(fget=lambda self: 42)


p = P()
p.x = 5
print(p.x)
print(P.x.__doc__)
print(P.y.__doc__)
print(p.z)
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)

# property wins over instance dict
class Q:
    @property
    def v(self):
        return "from property"

q = Q()
q.__dict__["v"] = "from dict"
print(q.v)
print(q.__dict__)

# property inheritance and override
class Base:
    @property
    def name(self):
        return "base"

class Derived(Base):
    @property
    def name(self):
        return "derived+" + super().name

print(Derived().name)
print(Base().name)

# getter() replaces the getter, keeps the setter
class R:
    def __init__(self):
        self._v = 1
    v = property(lambda self: self._v, lambda self, val: setattr(self, "_v", val))
    v = v.getter(lambda self: self._v * 100)

r = R()
r.v = 3
print(r.v)

# property doc taken from getter
class S:
    @property
    def a(self):
        "doc of a"
        return 1
print(S.a.__doc__)
print(S().a)
