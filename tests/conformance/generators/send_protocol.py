# send(): values into a running generator, the result of yield, running totals.

def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

e = echo()
print(next(e))
print(e.send("a"))
print(e.send("b"))
print(e.send([1, 2]))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

avg = averager()
next(avg)
for v in [10, 30, 5, 25, 0]:
    print(avg.send(v))

def accumulate():
    total = 0
    while True:
        x = yield total
        total += x

acc = accumulate()
print(acc.send(None))
print([acc.send(i) for i in range(1, 6)])

# send(None) is next()
def two():
    a = yield 1
    print("a =", a)
    b = yield 2
    print("b =", b)

t = two()
print(t.send(None))
print(t.send(None))
try:
    t.send("x")
except StopIteration as s:
    print("done", s.value)

# A just-started generator only accepts None.
t = two()
try:
    t.send(5)
except TypeError as err:
    print("TypeError:", err)
print(next(t))

# After exhaustion send raises StopIteration again.
try:
    t.send(1)
except StopIteration:
    print("stop 1")
try:
    t.send(2)
except StopIteration:
    print("stop 2")
try:
    t.send(3)
except StopIteration as s:
    print("stop 3", s.args)

# send with yield used in expressions
def calc():
    x = (yield "give x") * 2
    y = (yield "give y") + x
    z = yield "x=%s y=%s" % (x, y)
    return x + y + (z or 0)

c = calc()
print(next(c))
print(c.send(5))
print(c.send(1))
try:
    c.send(100)
except StopIteration as s:
    print(s.value)

# coroutine-style pipeline with send
def printer(prefix):
    while True:
        item = yield
        print(prefix, item)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

p = printer(">>")
next(p)
gr = grep("py", p)
next(gr)
for line in ["python", "ruby", "pypy", "perl", "cpython"]:
    gr.send(line)

# send() arguments
def simple():
    yield 1
    yield 2

s = simple()
next(s)
try:
    s.send()
except TypeError as err:
    print("TypeError:", err)
try:
    s.send(1, 2)
except TypeError as err:
    print("TypeError:", err)
print(s.send("ok"))

# state machine driven by send
def turnstile():
    state = "locked"
    while True:
        event = yield state
        if state == "locked" and event == "coin":
            state = "unlocked"
        elif state == "unlocked" and event == "push":
            state = "locked"

ts = turnstile()
print(next(ts))
for ev in ["push", "coin", "coin", "push", "push", "coin"]:
    print(ev, "->", ts.send(ev))
