import functools


@functools.singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register
def _(obj: int):
    return f"int {obj}"


@describe.register
def _(obj: str):
    return f"str {obj!r}"


@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)


print(describe(1))
print(describe("a"))
print(describe([1, "b", 2.5]))
print(describe(2.5))
print(describe(True))
print(describe(None))
print(describe.__name__)
