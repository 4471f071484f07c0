class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


data = list(range(10))
i = Idx(3)
print(data[i])
print(data[Idx(1):Idx(4)])
print("abcdef"[Idx(2)])
print((1, 2, 3)[Idx(-1)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(4)))
print(list(range(Idx(1), Idx(7), Idx(2))))
print([0] * Idx(3))
print(Idx(2) * "ab" if False else "ab" * Idx(2))
print(int(Idx(9)))
print(Idx(12).__index__() + 1)


class Conv:
    def __int__(self):
        return 42

    def __float__(self):
        return 2.5

    def as_complex(self):
        return 1 + 2j


c = Conv()
print(int(c), float(c))
try:
    [1, 2][c]
except TypeError as e:
    print("TypeError:", e)


class FloatOnly:
    def __float__(self):
        return 1.25


print(float(FloatOnly()))
try:
    int(FloatOnly())
except TypeError as e:
    print("TypeError:", e)


class IndexOnly:
    def __index__(self):
        return 7


print(int(IndexOnly()), float(IndexOnly()))


class BadInt:
    def __int__(self):
        return "x"


try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)


class BadIndex:
    def __index__(self):
        return 1.5


try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)

try:
    "abc"[Conv()]
except TypeError as e:
    print("TypeError:", e)

class BadFloat:
    def __float__(self):
        return 1

try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)

class TruncOnly:
    def __trunc__(self):
        return 11
print(int(TruncOnly()) if False else "skip trunc")
print(round(2.675, Idx(2)))
print(Idx(3).__index__())
