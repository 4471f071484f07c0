class Verbose:
    """A data descriptor that logs access."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            print(f"get {self.name} from class {objtype.__name__}")
            return self
        print(f"get {self.name}")
        return obj.__dict__.get("_" + self.name, 0)

    def __set__(self, obj, value):
        print(f"set {self.name} = {value}")
        obj.__dict__["_" + self.name] = value

    def __delete__(self, obj):
        print(f"delete {self.name}")
        del obj.__dict__["_" + self.name]


class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"


class Thing:
    a = Verbose("a")
    b = NonData()


t = Thing()
print(t.a)
t.a = 5
print(t.a)
del t.a
print(t.a)
print(Thing.a.name)
print(t.b)
t.b = "instance value"
print(t.b)
del t.b
print(t.b)
print(Thing.b)

# data descriptor wins over the instance dict
t.__dict__["a"] = "shadow"
print(t.a)


class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.name = None

    def __set_name__(self, owner, name):
        print(f"set_name {owner.__name__}.{name}")
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__[self.name]

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value


class Person:
    name = Typed(str)
    age = Typed(int)

    def __init__(self, name, age):
        self.name = name
        self.age = age


p = Person("Ann", 30)
print(p.name, p.age)
try:
    p.age = "old"
except TypeError as e:
    print("TypeError:", e)
print(Person.age.name)


# a descriptor that only defines __set__ is still a data descriptor
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class H:
    s = SetOnly()


h = H()
h.s = 3
print(type(h.s).__name__)


# descriptor returning bound-ish values
class Constant:
    def __init__(self, v):
        self.v = v

    def __get__(self, obj, objtype):
        return (self.v, obj is None, objtype.__name__)


class Z:
    c = Constant(7)


class ZZ(Z):
    pass


print(Z.c)
print(Z().c)
print(ZZ.c)
print(ZZ().c)

# descriptors with getattr / setattr builtins
setattr(p, "name", "Bob")
print(getattr(p, "name"))
try:
    setattr(p, "name", 3)
except TypeError as e:
    print("TypeError:", e)

# functions are non-data descriptors
def free(self):
    return "free called"

Z.m = free
print(Z().m())
print(free.__get__(Z(), Z)())
