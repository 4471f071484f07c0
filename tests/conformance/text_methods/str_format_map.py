# format_map with dicts and mapping subclasses with __missing__.
class Default:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        return "<" + key + ">"
print("{a} {b}".format_map({"a": 1, "b": 2}), "{a} {missing}".format_map(Default({"a": "A"})), "{x[0]}".format_map({"x": "yz"}))
print("{a:>5}|{b!r}".format_map({"a": "r", "b": "s"}), "plain".format_map({}), "{k.real}".format_map({"k": 5}))
class Mapping:
    def __getitem__(self, key):
        return key.upper()
print("{hello} {world}".format_map(Mapping()))
for bad in [lambda: "{a}".format_map({}), lambda: "{0}".format_map({"0": 1}), lambda: "{}".format_map({}), lambda: "{a}".format_map(5),
            lambda: "x".format_map(), lambda: "{a}".format_map({"a": 1}, {}), lambda: "{a}".format_map([1])]:
    try:
        print(repr(bad()))
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
