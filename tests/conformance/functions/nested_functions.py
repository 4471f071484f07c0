# Nested functions and scopes.
def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(10)(100))

def process(items):
    def valid(x):
        return x >= 0
    def transform(x):
        return x * x
    return [transform(x) for x in items if valid(x)]
print(process([-2, -1, 0, 1, 2, 3]))

x = "global x"
def f1():
    x = "f1 x"
    def f2():
        return x
    return f2()
print(f1(), x)

def counter_pair():
    state = {"n": 0}
    def up():
        state["n"] += 1
        return state["n"]
    def down():
        state["n"] -= 1
        return state["n"]
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up())

def fact(n):
    def helper(k, acc):
        if k <= 1:
            return acc
        return helper(k - 1, acc * k)
    return helper(n, 1)
print(fact(30))

def make_ops():
    def add(a, b):
        return a + b
    def sub(a, b):
        return a - b
    return {"add": add, "sub": sub}
ops = make_ops()
print(ops["add"](2, 3), ops["sub"](2, 3))
def redefine():
    def g():
        return 1
    first = g()
    def g():
        return 2
    return first, g()
print(redefine())
