class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __contains__(self, x):
        print("contains", x)
        return x in self.items


b = Bag(1, 2, 3)
print(2 in b, 5 in b, 5 not in b)


class IterOnly:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        print("iter called")
        return iter(range(self.n))


print(3 in IterOnly(5), 9 in IterOnly(5))


class GetItemSeq:
    def __init__(self, data):
        self.data = data

    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]


g = GetItemSeq("abc")
print("b" in g)
print("z" in g)
print(list(GetItemSeq([10, 20])))
for ch in GetItemSeq("xy"):
    print("loop", ch)
print(sorted(GetItemSeq([3, 1, 2])))
a, b2, c = GetItemSeq("pqr")
print(a, b2, c)
it = iter(GetItemSeq([1]))
print(next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")


class StopAt3:
    def __getitem__(self, i):
        if i >= 3:
            raise StopIteration
        return i * i


print(list(StopAt3()))


class Neither:
    pass


try:
    1 in Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    iter(Neither())
except TypeError as e:
    print("TypeError:", e)
try:
    for x in Neither():
        pass
except TypeError as e:
    print("TypeError:", e)


class ContainsTruthy:
    def __contains__(self, x):
        return x  # returns a non-bool


print(0 in ContainsTruthy(), "s" in ContainsTruthy(), [] not in ContainsTruthy())


class BadIter:
    def __iter__(self):
        return 5


try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(It()), sum(It()), 2 in It())
print(dict.fromkeys(GetItemSeq("ab")))
print(max(GetItemSeq([4, 8, 1])))
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
