# Messages of unpacking and argument errors.
def show(func):
    try:
        func()
    except Exception as e:
        print(type(e).__name__ + ":", e)

def unpack_too_many():
    a, b = [1, 2, 3]
def unpack_too_few():
    a, b, c = [1, 2]
def unpack_star():
    a, b, *c = [1]
def unpack_int():
    a, b = 5
def unbound():
    print(later)
    later = 1
def f(a, b):
    return a + b
show(unpack_too_many)
show(unpack_too_few)
show(unpack_star)
show(unpack_int)
show(unbound)
show(lambda: f(1))
show(lambda: f(1, 2, 3))
show(lambda: f(1, 2, c=3))
show(lambda: f(1, a=2))
show(lambda: f())
class Point:
    def __init__(self, x, y):
        self.x = x
show(lambda: Point(1))
show(lambda: Point(1, 2).move())
show(lambda: Point(1, 2).y)
class Acct:
    def withdraw(self, amount):
        return amount
show(lambda: Acct().withdraw())
show(lambda: Acct.withdraw(5))
