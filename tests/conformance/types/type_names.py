# type() of built-in values.
values = [1, 1.5, True, None, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(3), 2 ** 100]
for v in values:
    print(type(v))
print(type(int), type(type))
print(type(1) == int, type(True) == int, type(True) is bool)
print(type(1.0).__name__, type("x").__name__, type([]).__name__)
print(int.__name__, str.__name__, dict.__name__)
class Foo:
    pass
print(type(Foo()), Foo.__name__)
print(type(Foo()).__name__)
def f():
    pass
print(type(f).__name__)
print(type(lambda: 0).__name__)
print(str(int), repr(float))
print([t.__name__ for t in (int, float, str, list, tuple, dict, set, bool)])
