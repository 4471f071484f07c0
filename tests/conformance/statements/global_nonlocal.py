# global and nonlocal declarations.
counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter, inc())

def make_global():
    global created
    created = "made inside function"
make_global()
print(created)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    print(x)
    inner()
    print(x)
outer()

def counter_factory():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
a = counter_factory()
b = counter_factory()
print(a(), a(), a(), b())

value = "global"
def shadow():
    value = "local"
    return value
print(shadow(), value)

def read_global():
    return value.upper()
print(read_global())

def deep():
    level = 1
    def mid():
        nonlocal level
        level += 1
        def inner():
            nonlocal level
            level *= 10
        inner()
    mid()
    return level
print(deep())

try:
    def bad():
        print(undefined_thing)
    bad()
except NameError as e:
    print(e)

def unbound():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
