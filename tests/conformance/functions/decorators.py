# Simple function decorators (plain user-defined functions).
def shout(func):
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        return result.upper() + "!"
    return wrapper

@shout
def greet(name):
    return "hello " + name
print(greet("world"))

def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        result = func(*args)
        print("returned", result)
        return result
    return wrapper

@trace
def add(a, b):
    return a + b
add(2, 3)

def count_calls(func):
    calls = [0]
    def wrapper(*args):
        calls[0] += 1
        print(func.__name__, "call #", calls[0])
        return func(*args)
    return wrapper

@count_calls
def square(x):
    return x * x
print(square(3), square(4))

def repeat(n):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return decorator

@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bob"))

@shout
@trace
def both(x):
    return "value " + str(x)
print(both(7))

def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))

def register(registry):
    def decorator(func):
        registry.append(func.__name__)
        return func
    return decorator
names = []
@register(names)
def alpha():
    return 1
@register(names)
def beta():
    return 2
print(names, alpha() + beta())
