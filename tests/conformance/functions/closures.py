# Closures: counters, accumulators, late binding.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())

def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply
double, triple = make_multiplier(2), make_multiplier(3)
print(double(7), triple(7))

late = []
for i in range(3):
    late.append(lambda: i)
print([f() for f in late])

early = []
for i in range(3):
    early.append(lambda i=i: i)
print([f() for f in early])

comp_late = [lambda: k for k in range(3)]
print([f() for f in comp_late])

def make_adders():
    return [make_multiplier(k) for k in range(4)]
print([f(10) for f in make_adders()])

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
acc(2)
print(acc(3))

def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())

def bank(balance):
    def deposit(n):
        nonlocal balance
        balance += n
        return balance
    def withdraw(n):
        nonlocal balance
        balance -= n
        return balance
    return deposit, withdraw
dep, wd = bank(100)
print(dep(50), wd(30), dep(0))
