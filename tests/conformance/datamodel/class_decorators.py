registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls


def with_prefix(prefix):
    def deco(cls):
        cls.prefix = prefix
        return cls
    return deco


def replace_with_instance(cls):
    return cls()


@register
@add_greeting
@with_prefix(">>")
class Widget:
    pass


print(sorted(registry))
w = Widget()
print(w.greet(), Widget.prefix)


@replace_with_instance
class singleton:
    value = 7


print(singleton.value, type(singleton).__name__)

order = []


def trace(name):
    order.append("make " + name)

    def deco(cls):
        order.append("apply " + name)
        return cls
    return deco


@trace("outer")
@trace("inner")
class Traced:
    pass


print(order)


def count_instances(cls):
    original_init = cls.__init__

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original_init(self, *args, **kwargs)
    cls.instances = 0
    cls.__init__ = __init__
    return cls


@count_instances
class Thing:
    def __init__(self, v):
        self.v = v


Thing(1)
Thing(2)
print(Thing.instances)


def auto_repr(cls):
    def __repr__(self):
        fields = ", ".join([f"{k}={v!r}" for k, v in self.__dict__.items()])
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@auto_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


print(Point(1, "b"))
print(registry["Widget"] is Widget)
