# Unpacking iterables and dicts into calls.
def point(x, y, z=0):
    return f"({x}, {y}, {z})"
coords = [1, 2, 3]
print(point(*coords), point(*coords[:2]), point(*"ab"))
opts = {"y": 20, "x": 10}
print(point(**opts), point(**opts, z=30), point(1, **{"y": 2}))
print(point(*[1], **{"y": 5}))
def collect(*args, **kwargs):
    return args, sorted(kwargs.items())
print(collect(*range(3), *"xy", **{"a": 1}, **{"b": 2}, c=3))
try:
    point(**{"x": 1, "y": 2, "w": 3})
except TypeError as e:
    print("TypeError:", e)
try:
    collect(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
merged = {**opts, "z": 1, **{"x": 99}}
print(merged, point(**merged))
print(*[1, 2], *(3, 4), sep=",")
print([*"abc", *range(2)], (*[1], *[2]), {*[1, 1, 2]})
