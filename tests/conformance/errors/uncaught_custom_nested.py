# A custom exception raised deep in nested calls, never caught.
class ConfigError(Exception):
    def __init__(self, key, reason):
        super().__init__(f"invalid setting {key!r}: {reason}")
        self.key = key

def parse_value(key, value):
    print("parsing", key)
    if value < 0:
        raise ConfigError(key, "must be non-negative")
    return value

def load(settings):
    loaded = {}
    for key, value in settings.items():
        loaded[key] = parse_value(key, value)
    return loaded

def main():
    print(load({"a": 1, "b": 2}))
    print(load({"c": 3, "d": -4, "e": 5}))

main()
