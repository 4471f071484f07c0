# Uncaught AttributeError on a user-defined object.
class Foo:
    def __init__(self):
        self.count = 1
f = Foo()
print("count =", f.count)
print("accessing bar")
print(f.bar)
