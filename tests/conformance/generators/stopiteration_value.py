# return in a generator: StopIteration.value, args, and next()/send() results.

def returns(v):
    yield "first"
    return v

for value in [None, 0, 1, "text", [1, 2], (3,), {"k": 4}]:
    g = returns(value)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print(repr(e.value), e.args)

def no_return():
    yield 1

g = no_return()
next(g)
try:
    g.send(None)
except StopIteration as e:
    print("implicit", e.value, e.args)

def early(flag):
    if flag:
        return "early exit"
    yield "not early"
    return "late exit"

for flag in [True, False]:
    g = early(flag)
    try:
        while True:
            print("yielded", next(g))
    except StopIteration as e:
        print("value", e.value)

# StopIteration created by hand
e = StopIteration()
print(e.value, e.args)
e = StopIteration(5)
print(e.value, e.args)
e = StopIteration(1, 2)
print(e.value, e.args)
e.value = "changed"
print(e.value, e.args)

# a for loop ignores the return value
def gen_ret():
    yield 1
    yield 2
    return 3

print([x for x in gen_ret()])
print(list(gen_ret()))

# the value only appears once
g = gen_ret()
list(g)
try:
    next(g)
except StopIteration as e:
    print("after list:", e.value)

g = gen_ret()
next(g)
next(g)
try:
    next(g)
except StopIteration as e:
    print("first stop:", e.value)
try:
    next(g)
except StopIteration as e:
    print("second stop:", e.value)

# return inside try/finally
def ret_finally():
    try:
        yield 1
        return "from try"
    finally:
        print("finally runs before StopIteration")

g = ret_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

# finally overriding the return value
def override():
    try:
        yield 1
        return "try"
    finally:
        return "finally"

g = override()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

# return inside a loop inside a generator
def find(items, target):
    for i, item in enumerate(items):
        yield i
        if item == target:
            return "found at %d" % i
    return "not found"

def run(g):
    steps = []
    while True:
        try:
            steps.append(next(g))
        except StopIteration as e:
            return steps, e.value

print(run(find("abcde", "c")))
print(run(find("abcde", "z")))

# __next__ directly
g = returns(42)
print(g.__next__())
try:
    g.__next__()
except StopIteration as e:
    print("__next__:", e.value)
