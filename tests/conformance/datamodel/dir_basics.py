class Base:
    base_attr = 1

    def base_method(self):
        pass


class Child(Base):
    child_attr = 2

    def __init__(self):
        self.inst = 3

    def child_method(self):
        pass


c = Child()
names = dir(c)
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, "__dict__" in names)
print([n for n in dir(Child) if not n.startswith("__")])
print(names == sorted(names))


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))
print([n for n in dir(object()) if n in ("__eq__", "__hash__", "__repr__")])
print("append" in dir([]), "keys" in dir({}), "upper" in dir(""))


def f():
    pass


f.custom = 1
print("custom" in dir(f))
print([n for n in dir(Base) if not n.startswith("_")])
