# super() in a diamond: every __init__ runs exactly once, in MRO order.
class Base:
    def __init__(self):
        print("Base.__init__")
        self.trail = ["Base"]
    def hello(self):
        return ["Base"]
class Left(Base):
    def __init__(self):
        print("Left.__init__ start")
        super().__init__()
        self.trail.append("Left")
        print("Left.__init__ end")
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def __init__(self):
        print("Right.__init__ start")
        super().__init__()
        self.trail.append("Right")
        print("Right.__init__ end")
    def hello(self):
        return ["Right"] + super().hello()
class Bottom(Left, Right):
    def __init__(self):
        print("Bottom.__init__ start")
        super().__init__()
        self.trail.append("Bottom")
        print("Bottom.__init__ end")
    def hello(self):
        return ["Bottom"] + super().hello()
b = Bottom()
print(b.trail)
print(b.hello())
print([k.__name__ for k in Bottom.__mro__])
class KwBase:
    def __init__(self, **kw):
        print("KwBase leftover", kw)
class Colored(KwBase):
    def __init__(self, color="red", **kw):
        self.color = color
        super().__init__(**kw)
class Sized(KwBase):
    def __init__(self, size=1, **kw):
        self.size = size
        super().__init__(**kw)
class Widget(Colored, Sized):
    def __init__(self, **kw):
        super().__init__(**kw)
w = Widget(color="blue", size=3, extra=True)
print(w.color, w.size)
print(super(Left, b).hello())
