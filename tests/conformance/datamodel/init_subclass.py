class Base:
    subclasses = []

    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, kwargs)
        super().__init_subclass__()
        Base.subclasses.append(cls.__name__)


class A(Base):
    pass


class B(A):
    pass


print(Base.subclasses)


class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Csv(Plugin, name="csv", priority=5):
    pass


class Json(Plugin):
    pass


class Yaml(Plugin, priority=1):
    pass


print(sorted(Plugin.registry), Csv.plugin_name, Csv.priority, Json.plugin_name, Json.priority, Yaml.priority)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)


class Validating:
    required = ()

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        for name in cls.required:
            if not hasattr(cls, name):
                raise TypeError(f"{cls.__name__} must define {name}")


class Shape(Validating):
    required = ("area",)

    def area(self):
        return 0


try:
    class Broken(Shape):
        required = ("area", "perimeter")
except TypeError as e:
    print("TypeError:", e)


class Parent:
    @classmethod
    def __init_subclass__(cls, tag="none"):
        cls.tag = tag


class Kid(Parent, tag="kid"):
    pass


class Kid2(Kid):
    pass


print(Kid.tag, Kid2.tag)

# implicit classmethod: cls is the new subclass
class Tracker:
    def __init_subclass__(cls):
        print("tracking", cls.__name__, cls.__mro__[1].__name__)


class T1(Tracker):
    pass


class T2(T1):
    pass
