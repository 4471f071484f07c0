class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1

    @classmethod
    def created(cls):
        return cls.count

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def describe():
        return "a counter"


class SubCounter(Counter):
    @classmethod
    def kind(cls):
        return cls.__name__


print(Counter.add(2, 3))
print(Counter().add(4, 5))
print(Counter.describe())
print(Counter.created())
objs = Counter.make(3)
print(len(objs), Counter.created())
print(SubCounter.kind())
print(SubCounter().kind())
print(type(SubCounter.make(1)[0]).__name__)
print(type(Counter.__dict__["add"]).__name__)
print(type(Counter.__dict__["created"]).__name__)
print(Counter.__dict__["add"].__func__.__name__)
print(Counter.__dict__["created"].__func__.__name__)
print(isinstance(Counter.__dict__["add"], staticmethod))
print(isinstance(Counter.__dict__["created"], classmethod))
m = Counter.created
print(m.__self__ is Counter)
print(m.__func__.__name__)
m2 = SubCounter.created
print(m2.__self__ is SubCounter)

# staticmethod / classmethod called via explicit constructors
def helper(x):
    return x * 10

def cm(cls, x):
    return cls.__name__ + ":" + str(x)

class K:
    h = staticmethod(helper)
    c = classmethod(cm)

print(K.h(2), K().h(3))
print(K.c(1), K().c(2))

class Alt:
    @classmethod
    def from_string(cls, s):
        a, b = s.split("-")
        return cls(int(a), int(b))

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return f"{type(self).__name__}({self.a}, {self.b})"

class AltChild(Alt):
    pass

print(Alt.from_string("1-2"))
print(AltChild.from_string("3-4"))

# staticmethod is callable in 3.10+
sm = staticmethod(helper)
print(sm(7))
print(callable(sm))
