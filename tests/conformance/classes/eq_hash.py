# __eq__ and __hash__: objects as dict keys and set members.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)
    def __hash__(self):
        return hash((self.a, self.b))
    def __repr__(self):
        return f"Key({self.a}, {self.b})"
d = {Key(1, 2): "first", Key(3, 4): "second"}
print(d[Key(1, 2)], d[Key(3, 4)])
print(Key(1, 2) in d, Key(2, 1) in d)
d[Key(1, 2)] = "replaced"
print(d, len(d))
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s), Key(0, 1) in s)
print(Key(5, 5) == Key(5, 5), Key(5, 5) != Key(5, 6), Key(1, 1) == (1, 1))
print(hash(Key(1, 2)) == hash(Key(1, 2)))
class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
try:
    {NoHash(1): 1}
except TypeError as e:
    print("TypeError:", e)
class Identity:
    pass
i1, i2 = Identity(), Identity()
print(i1 == i1, i1 == i2, i1 != i2)
reg = {i1: "one", i2: "two"}
print(reg[i1], reg[i2])
print([Key(1, 2), Key(3, 4)].index(Key(3, 4)))
print([Key(1, 2)].count(Key(1, 2)))
class Everything:
    def __eq__(self, other):
        return True
print(Everything() == 1, 1 == Everything(), Everything() in [None])
