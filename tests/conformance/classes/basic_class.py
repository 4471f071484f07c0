# Classes: __init__, methods, class vs instance attributes.
class Dog:
    species = "canis familiaris"
    count = 0
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.tricks = []
        Dog.count += 1
    def add_trick(self, trick):
        self.tricks.append(trick)
        return self
    def describe(self):
        return f"{self.name} is {self.age} and knows {len(self.tricks)} tricks"
    def birthday(self):
        self.age += 1

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
rex.add_trick("sit").add_trick("roll")
print(rex.describe())
print(fido.describe())
rex.birthday()
print(rex.age, fido.age)
print(rex.species, fido.species, Dog.species, Dog.count)
rex.species = "robot dog"
print(rex.species, fido.species, Dog.species)
Dog.species = "wolf"
print(rex.species, fido.species)
print(rex.tricks, fido.tricks)
method = fido.add_trick
method("beg")
print(fido.tricks)
print(Dog.describe(fido))
print(type(rex).__name__, isinstance(rex, Dog))
class Empty:
    pass
e = Empty()
e.dynamic = 42
print(e.dynamic)
print(getattr(e, "dynamic"), getattr(e, "missing", "default"))
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(Shared.items, a.items is b.items)
