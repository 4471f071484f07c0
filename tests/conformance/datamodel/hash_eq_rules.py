class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


class EqHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


class Plain:
    pass


class NoHash:
    __hash__ = None


print(EqOnly.__hash__ is None)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    d = {EqOnly(1): 1}
except TypeError as e:
    print("TypeError:", e)
print(hash(EqHash(5)) == hash(5))
print(len({EqHash(1), EqHash(1), EqHash(2)}))
d = {EqHash(3): "three"}
print(d[EqHash(3)])
p = Plain()
print(hash(p) == hash(p))
print(p == p, p != p, p == Plain())
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
print(NoHash.__hash__)


class ChildOfEq(EqOnly):
    pass


try:
    hash(ChildOfEq(1))
except TypeError as e:
    print("TypeError:", e)


class EqAndInheritedHash(EqOnly):
    __hash__ = object.__hash__


x = EqAndInheritedHash(1)
print(hash(x) == hash(x))


class HashReturnsStr:
    def __hash__(self):
        return "nope"


try:
    hash(HashReturnsStr())
except TypeError as e:
    print("TypeError:", e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class NeOnly:
    def __init__(self, v):
        self.v = v
    def __ne__(self, other):
        return "custom ne"

print(NeOnly(1) != NeOnly(1))
print(NeOnly(1) == NeOnly(1))
a = NeOnly(1)
print(a == a)

# __eq__ returning non-bool
class Weird:
    def __eq__(self, other):
        return "weird"
    __hash__ = object.__hash__

print(Weird() == 1)
print(Weird() != 1)
print(1 == Weird())
print([Weird()].count(1))
print(Weird() in [1, 2])

try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)))
