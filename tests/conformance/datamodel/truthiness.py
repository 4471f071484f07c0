class AlwaysFalse:
    def __bool__(self):
        return False


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        print("bool called")
        return True

    def __len__(self):
        print("len called")
        return 0


class Neither:
    pass


print(bool(AlwaysFalse()))
print(bool(Sized(0)), bool(Sized(3)))
print(bool(Both()))
print(bool(Neither()))
print("yes" if Sized(2) else "no")
print("yes" if AlwaysFalse() else "no")
print(not Sized(0))
print(AlwaysFalse() or "other")
print(Sized(1) and "and-result")
x = [AlwaysFalse(), Sized(0), Sized(5), Neither()]
print([bool(v) for v in x])
print(len(Sized(7)))
n = 0
s = Sized(3)
while s:
    s.n -= 1
    n += 1
print(n)


class BadBool:
    def __bool__(self):
        return 1


try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)


class NegLen:
    def __len__(self):
        return -1


try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)


class StrLen:
    def __len__(self):
        return "3"


try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)


class BoolNone:
    __bool__ = None

try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError:", e)

class SubFalse(AlwaysFalse):
    pass
print(bool(SubFalse()))
print(any([Sized(0), AlwaysFalse()]), all([Sized(1), Neither()]))
