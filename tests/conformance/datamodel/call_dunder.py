class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1))
print(add5(1, 2, 3))
print(add5(1, scale=10))
print(callable(add5))
print(callable(Adder))
print(callable(5))
print(list(map(add5, [1, 2, 3])))


class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        self.calls = 0

    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.f(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
print(fib.calls)


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)

class CallChain:
    def __call__(self):
        return self
    def __repr__(self):
        return "CallChain"

print(CallChain()()()())

# __call__ assigned to the class later
class Later:
    pass
Later.__call__ = lambda self, a: a * 2
print(Later()(21))

# instance attribute named __call__ is ignored
class Inst:
    pass
i = Inst()
i.__call__ = lambda: 1
try:
    i()
except TypeError as e:
    print("TypeError:", e)
print(callable(i))
