# is / is not with None, booleans, and mutable objects.
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a is not c, a == c)
print(None is None, type(None) is type(None))
x = None
print(x is None, x is not None)
print(True is True, False is not True)
print(type(1) is int, type(True) is bool, type(True) is not int)
def f():
    return None
print(f() is None)
class Thing:
    pass
t1 = Thing()
t2 = t1
t3 = Thing()
print(t1 is t2, t1 is t3, t1 == t3)
d = {}
e = d
e["k"] = 1
print(d, d is e)
empty1 = []
empty2 = []
print(empty1 == empty2, empty1 is empty2)
items = [t1, t3]
print(items[0] is t1, items[1] is t2)
print([v is None for v in [None, 0, False, "", []]])
