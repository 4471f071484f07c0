class Meta(type):
    def __new__(mcs, name, bases, ns):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted([k for k in ns if not k.startswith("__")]))
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
        cls.initialized = True


class A(metaclass=Meta):
    x = 1

    def method(self):
        return "method"


print(type(A).__name__, A.added_by_meta, A.initialized, A().method())


class B(A):
    y = 2


print(type(B).__name__, B.added_by_meta, isinstance(B, Meta), isinstance(A, type))
print(issubclass(Meta, type))


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)


class Plugin(metaclass=Registry):
    pass


class CsvPlugin(Plugin):
    pass


class JsonPlugin(Plugin):
    pass


print(Registry.classes)


class WithMethods(type):
    def describe(cls):
        return f"class {cls.__name__}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __repr__(cls):
        return f"<WithMethods {cls.__name__}>"

    def __len__(cls):
        return 42

    def __iter__(cls):
        return iter([1, 2, 3])

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"

    def __contains__(cls, item):
        return item == "yes"


class Described(metaclass=WithMethods):
    pass


print(Described.describe(), Described.upper_name)
print(repr(Described), len(Described), list(Described), Described["k"], "yes" in Described)
try:
    Described().describe()
except AttributeError as e:
    print("AttributeError:", e)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        print("Config.__init__", value)
        self.value = value


c1 = Config(1)
c2 = Config(2)
print(c1 is c2, c1.value)


class Counting(type):
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args, kwargs)
        obj = super().__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj


class Thing(metaclass=Counting):
    def __init__(self, a, b=2):
        self.a = a
        self.b = b


t = Thing(1, b=5)
print(t.a, t.b, t.created_by_meta)


class M1(type):
    pass


class M2(type):
    pass


class X(metaclass=M1):
    pass


class Y(metaclass=M2):
    pass


try:
    class Z(X, Y):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1):
    pass


class W(X, metaclass=M3):
    pass


print(type(W).__name__)


class V(W):
    pass


print(type(V).__name__)
