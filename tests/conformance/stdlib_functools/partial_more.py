# partial with methods, builtins, classes, keyword overriding and nesting depth.
from functools import partial
import operator

class Greeter:
    def __init__(self, greeting, punct="!"):
        self.greeting = greeting
        self.punct = punct
    def greet(self, name, loud=False):
        s = "%s, %s%s" % (self.greeting, name, self.punct)
        return s.upper() if loud else s

hello = partial(Greeter, "Hello")
g = hello(punct="?")
print(g.greet("ann"), partial(g.greet, loud=True)("bob"), partial(Greeter.greet, g)("cy"))
p = partial(operator.sub)
for depth in range(5):
    p = partial(p, depth) if depth < 2 else partial(p)
print(p(), p.args, p.func is operator.sub)
join3 = partial("-".join)
print(join3(["a", "b"]), partial(sorted, reverse=True)([3, 1, 2]), partial(sorted, key=len)(["ccc", "a", "bb"]))
fmt = partial("{}:{}".format, "k")
print(fmt("v"), list(map(partial(pow, 2), range(6))), partial(divmod, 17)(5))
kw = partial(dict, a=1)
print(kw(b=2), kw(a=3), kw([("c", 4)]))
nested = partial(partial(partial(max, key=abs), -10), 3)
print(nested(-4), nested.args, nested.keywords)
print(repr(partial(len)), repr(partial(len, "abc")), repr(nested))
