# __iter__ / __next__: iterator classes used in for loops and list().
class CountDown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in CountDown(3):
    print("countdown", n)
print(list(CountDown(5)))
c = CountDown(2)
print(next(c), next(c), next(c, "exhausted"))
print(list(c))
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter:
    def __init__(self, lo, hi):
        self.i, self.hi = lo, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.hi:
            raise StopIteration
        v = self.i
        self.i += 1
        return v
r = Range2(1, 4)
print(list(r), list(r), sum(r), max(r))
print([x * 10 for x in r])
print(dict(zip(r, "abc")))
print(sorted(Range2(0, 5), reverse=True))
print(tuple(Range2(7, 9)), set(Range2(1, 3)))
it = iter(Range2(0, 2))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration caught")
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)))
a, b, *rest = Fib(50)
print(a, b, rest)
for i, f in enumerate(Fib(10)):
    print(i, f)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, None))
