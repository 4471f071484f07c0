from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return f"{self.name()} with area {self.area()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 1


print(Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), sorted(Square.__abstractmethods__))
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Square(1), Shape), type(Shape) is ABCMeta, type(Square).__name__)


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def value(self):
        ...


class Impl(Base):
    @property
    def value(self):
        return 42


print(Impl().value)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Square.area, "__isabstractmethod__", False))
