import functools


class Animal:
    pass


class Dog(Animal):
    pass


class Puppy(Dog):
    pass


@functools.singledispatch
def sound(a):
    return "..."


@sound.register(Animal)
def _(a):
    return "generic animal noise"


@sound.register(Dog)
def _(a):
    return "woof"


print(sound(Animal()), sound(Dog()), sound(Puppy()), sound(42))
print(sound.dispatch(Puppy) is sound.dispatch(Dog))
print(sound.dispatch(int) is sound.dispatch(object))
print(sorted(k.__name__ for k in sound.registry))


def for_float(x):
    return "float!"


res = sound.register(float, for_float)
print(res is for_float, sound(1.5))
