class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls


class Json(Plugin, name="json", priority=5):
    pass


class Yaml(Plugin):
    pass


class Fast(Json, priority=9):
    pass


for key in sorted(Plugin.registry):
    cls = Plugin.registry[key]
    print(key, cls.__name__, cls.priority)

try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
