# getattr, setattr, hasattr, isinstance, issubclass, type, repr, str, hash, callable.
class Config:
    debug = False
    def __init__(self):
        self.level = 1
c = Config()
print(getattr(c, "level"), getattr(c, "debug"), getattr(c, "nope", None))
setattr(c, "level", 5)
setattr(c, "new_attr", "dynamic")
print(c.level, c.new_attr, hasattr(c, "new_attr"), hasattr(c, "other"))
for name in ["level", "debug", "missing"]:
    print(name, hasattr(c, name), getattr(c, name, "-"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(1, int), isinstance(1.0, int), isinstance("s", (int, str)), isinstance(True, int))
print(isinstance([], list), isinstance({}, dict), isinstance(None, type(None)))
print(issubclass(int, object), issubclass(bool, int), issubclass(str, (int, float)))
print(type(1), type("a"), type([]), type(c).__name__, type(c) is Config)
print(repr(1), repr("a'b"), repr([1, "x"]), repr(1.0), repr(None))
print(str(1), str("a"), str(b"x"), str([1, "x"]), str(2.0))
print(hash(1) == hash(1.0), hash(42), hash((1, 2)) == hash((1, 2)), hash(True), hash(-1) == hash(-2))
print(hash(0), hash(2 ** 61 - 1), hash(2 ** 61))
print(callable(len), callable(c), callable(Config), callable(lambda: 1))
print(chr(65), chr(0x263A), ord("a"), ord("€"), ord("😀"))
print([chr(i) for i in range(97, 103)])
print(repr(chr(10)), repr(chr(0)), repr(chr(127)), repr(chr(160)))
