# Single inheritance, overriding, super().
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " (squeaky)"
class Cat(Animal):
    def speak(self):
        return "Meow"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(a.intro())
p = Puppy("Bit", 1)
print(p.age, p.name)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print([k.__name__ for k in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting
class Child(Base):
    greeting = "hi"
print(Base().greet(), Child().greet())
class Shape:
    def area(self):
        return 0
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14159 * self.r ** 2, 2)
print([s.describe() for s in [Shape(), Square(3), Circle(2)]])
print(isinstance(3, (str, int)), isinstance(Square(1), (Circle, Shape)))
print(issubclass(bool, int), issubclass(Square, (Circle, Dog)))
