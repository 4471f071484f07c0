# TypeError from calling a function with the wrong arguments.
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"
print(greet("ann"))
print(greet("bob", "hi"))
print(greet())
