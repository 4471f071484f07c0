# Keyword-only and positional-only parameters.
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, b=2, c=10))
try:
    kwonly(1, 2)
except TypeError as e:
    print("TypeError:", e)
def posonly(a, b, /, c):
    return f"a={a} b={b} c={c}"
print(posonly(1, 2, 3), posonly(1, 2, c=3))
try:
    posonly(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def both(x, /, y, *, z):
    return x * 100 + y * 10 + z
print(both(1, 2, z=3), both(1, y=2, z=3))
def pos_kw_same(name, /, **kwargs):
    return name, kwargs
print(pos_kw_same("positional", name="keyword"))
def defaults(a, b=2, /, c=3, *, d=4):
    return [a, b, c, d]
print(defaults(1), defaults(1, 5), defaults(1, 5, 6, d=7))
try:
    kwonly(1)
except TypeError as e:
    print("TypeError:", e)
try:
    describe = lambda a, b: a + b
    describe(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
def f(a, b):
    return a - b
try:
    f(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, c=3)
except TypeError as e:
    print("TypeError:", e)
