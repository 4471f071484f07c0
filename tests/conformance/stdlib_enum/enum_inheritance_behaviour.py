from enum import Enum

class Describable(Enum):
    def describe(self):
        return f"{self.__class__.__name__}.{self.name} = {self.value!r}"

    @classmethod
    def names(cls):
        return [m.name for m in cls]

class Fruit(Describable):
    APPLE = 'a'
    PEAR = 'p'

class Veg(Describable):
    LEEK = 1

print(Fruit.APPLE.describe(), Veg.LEEK.describe())
print(Fruit.names(), Veg.names())
print(isinstance(Fruit.PEAR, Describable), issubclass(Fruit, Enum))
print(len(Describable), list(Describable))
print(Fruit.__mro__[1].__name__, Fruit.__mro__[2].__name__)
try:
    class MoreFruit(Fruit):
        KIWI = 'k'
except TypeError as e:
    print(type(e).__name__, e)
