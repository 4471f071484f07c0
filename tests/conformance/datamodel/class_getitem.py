class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Box[int])
print(Box["x"])
print(Box[1, 2])


class SubBox(Box):
    pass


print(SubBox[str])


class Registry:
    _types = {}

    @classmethod
    def __class_getitem__(cls, key):
        return cls._types.setdefault(key, type(f"{cls.__name__}_{key}", (cls,), {}))


r1 = Registry["a"]
r2 = Registry["a"]
print(r1 is r2, r1.__name__, issubclass(r1, Registry))

print(list[int], dict[str, int], tuple[int, ...])
print(type(list[int]).__name__)
print(list[int]([1, 2]))
print(list[int] == list[int])

try:
    int[str]
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)

# instance subscription does not use __class_getitem__
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
print(set[int], frozenset[str], type[int])
