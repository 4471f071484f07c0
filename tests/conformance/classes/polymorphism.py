# Polymorphism through method overriding and duck typing.
class Shape:
    name = "shape"
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"
class Rect(Shape):
    name = "rectangle"
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Square(Rect):
    name = "square"
    def __init__(self, s):
        super().__init__(s, s)
class Triangle(Shape):
    name = "triangle"
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
class Blob(Shape):
    name = "blob"
shapes = [Rect(2, 3), Square(4), Triangle(3, 5)]
for s in shapes:
    print(s)
print(sum([s.area() for s in shapes]))
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.area())])
try:
    print(Blob())
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Duck:
    def speak(self):
        return "quack"
class Robot:
    def speak(self):
        return "beep"
for thing in [Duck(), Robot()]:
    print(type(thing).__name__, thing.speak())
print(isinstance(Square(1), Rect), isinstance(Triangle(1, 1), Rect))
