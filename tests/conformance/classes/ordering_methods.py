# __lt__ and friends enabling sorted(), min(), max() on objects.
class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join([str(p) for p in self.parts])
vs = [Version(t) for t in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3", "2.0"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.2") < Version("1.2.0"), Version("2.0") >= Version("1.99"))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0.0"))
print(len({v for v in vs}))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"L{self.v}"
items = [OnlyLt(3), OnlyLt(1), OnlyLt(2)]
print(sorted(items), max(items), OnlyLt(5) > OnlyLt(4))
