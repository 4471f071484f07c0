class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("x_"):
            return name.upper()
        raise AttributeError(f"Lazy has no {name}")


z = Lazy()
print(z.real)
print(z.x_abc)
print(getattr(z, "x_q"))
print(hasattr(z, "nope"))
try:
    z.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(z, "nope", "fallback"))


class Tracer:
    def __init__(self):
        self.log = []
        self.value = 10

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)


t = Tracer()
print(t.value)
print(t.value + 1)
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)
print(t.log)


class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name


b = Both()
b.x = 1
print(b.x)
print(b.special)
print(b.other)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        setattr(self._target, name, value)


class Target:
    pass


tg = Target()
px = Proxy(tg)
px.color = "red"
print(tg.color)
print(px.color)
print(list(px.__dict__))
print(hasattr(px, "size"))


class Recorder:
    def __getattr__(self, name):
        def method(*args):
            return f"{name}{args}"
        return method


r = Recorder()
print(r.run(1, 2))
print(r.stop())

# __getattr__ is not used for dunder lookups by operators
class NoLen:
    def __getattr__(self, name):
        return lambda: 5

try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
print(NoLen().__len__())

# __getattr__ defined on the class after creation
class Late:
    pass

Late.__getattr__ = lambda self, name: "late:" + name
print(Late().anything)
