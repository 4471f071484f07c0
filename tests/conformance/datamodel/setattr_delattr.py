class Logged:
    def __init__(self):
        self.a = 1

    def __setattr__(self, name, value):
        print(f"setattr {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print(f"delattr {name}")
        super().__delattr__(name)


o = Logged()
o.b = "two"
print(o.a, o.b)
setattr(o, "c", 3)
del o.a
delattr(o, "b")
print(sorted(o.__dict__))
try:
    del o.zzz
except AttributeError as e:
    print("AttributeError:", e)


class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")


r = ReadOnly(5)
print(r.v)
try:
    r.v = 6
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.v
except AttributeError as e:
    print("AttributeError:", e)
print(r.v)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be >= 0")
        self.__dict__[name] = value


v = Validated()
v.age = 3
print(v.age)
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.__dict__)


class Counted:
    sets = 0

    def __setattr__(self, name, value):
        type(self).sets += 1
        object.__setattr__(self, name, value)


c = Counted()
c.x = 1
c.y = 2
c.x = 3
print(Counted.sets, c.x, c.y)


class Sub(Logged):
    pass


s = Sub()
s.z = 9
print(s.z)

# delattr on plain objects
class Plain:
    pass

p = Plain()
p.q = 1
del p.q
print(hasattr(p, "q"))
try:
    del p.q
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(p, "nothing")
except AttributeError as e:
    print("AttributeError:", e)

# attribute on builtin instances
try:
    (1).x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".upper = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().foo = 1
except AttributeError as e:
    print("AttributeError:", e)
