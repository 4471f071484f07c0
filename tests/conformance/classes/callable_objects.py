# Objects with __call__, and bound methods as values.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.factor
double = Multiplier(2)
print(double(5), double("ab"), double.calls)
print(list(map(Multiplier(3), [1, 2, 3])))
print(callable(double), callable(Multiplier), callable(5))
class Accumulator:
    def __init__(self):
        self.total = 0
    def add(self, x):
        self.total += x
        return self.total
acc = Accumulator()
add = acc.add
print([add(i) for i in range(5)], acc.total)
methods = [acc.add, double]
print([m(10) for m in methods])
class Validator:
    def __init__(self, *rules):
        self.rules = rules
    def __call__(self, value):
        return [name for name, rule in self.rules if not rule(value)]
check = Validator(("positive", lambda v: v > 0), ("even", lambda v: v % 2 == 0), ("small", lambda v: v < 100))
for v in [4, -3, 101, 7]:
    print(v, check(v))
