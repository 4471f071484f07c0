import functools


class Cell:
    def __init__(self):
        self.state = {}

    def set_state(self, key, value):
        self.state[key] = value
        return self

    set_alive = functools.partialmethod(set_state, "alive", True)
    set_dead = functools.partialmethod(set_state, "alive", False)
    set_color = functools.partialmethod(set_state, "color")


c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
c.set_color("red")
print(c.state)


class Greeter:
    def greet(self, greeting, name, punct="!"):
        return f"{greeting}, {name}{punct}"

    hello = functools.partialmethod(greet, "Hello")
    bye = functools.partialmethod(greet, "Bye", punct=".")


g = Greeter()
print(g.hello("Ann"))
print(g.hello("Bob", punct="?"))
print(g.bye("Cy"))
