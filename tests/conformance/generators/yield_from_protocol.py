# yield from forwards send, throw and close to the sub-generator.

def inner():
    log = []
    try:
        while True:
            x = yield len(log)
            if x == "stop":
                return log
            log.append(x)
    except ValueError as e:
        log.append("VE:%s" % e)
        yield "handled"
        return log
    finally:
        print("inner finally")

def outer():
    result = yield from inner()
    print("outer got", result)
    yield "outer done"

g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("stop"))
print(next(g, "end"))

g = outer()
next(g)
g.send(1)
print(g.throw(ValueError("bad")))
print(next(g))
print(next(g, "end"))

# close propagates to the inner generator first
def inner2():
    try:
        yield 1
        yield 2
    finally:
        print("inner2 closed")

def outer2():
    try:
        yield from inner2()
    finally:
        print("outer2 closed")

g = outer2()
next(g)
g.close()

# an exception the inner generator does not handle reaches the outer one
def inner3():
    yield 1

def outer3():
    try:
        yield from inner3()
    except KeyError as e:
        print("outer3 caught", e)
        yield "recovered"

g = outer3()
next(g)
print(g.throw(KeyError("k")))

# delegating to a plain iterator: throw is raised in the delegator
def outer4():
    try:
        yield from [1, 2, 3]
    except IndexError:
        yield "caught in outer4"

g = outer4()
print(next(g))
print(g.throw(IndexError))

# send to a plain iterator fails with AttributeError
def outer5():
    yield from iter([1, 2])

g = outer5()
next(g)
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

# send(None) to a plain iterator is next()
g = outer5()
print(g.send(None), g.send(None))

# custom iterator with send/throw/close methods
class Proxy:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("proxy done")
        return "next %d" % self.n
    def send(self, v):
        self.n += 1
        return "send %r" % (v,)
    def throw(self, exc):
        return "throw %s" % type(exc).__name__
    def close(self):
        print("proxy closed")

def outer6():
    r = yield from Proxy()
    yield r

g = outer6()
print(next(g))
print(g.send("hello"))
print(g.throw(ValueError("x")))
print(next(g))
print(next(g))
g = outer6()
next(g)
g.close()

# throw method raising StopIteration finishes the delegation
class Stopper:
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"
    def throw(self, exc):
        raise StopIteration("stopped by throw")

def outer7():
    r = yield from Stopper()
    yield r

g = outer7()
print(next(g))
print(g.throw(ValueError))

# exception in inner propagates through several delegation levels
def deep(n):
    if n == 0:
        yield "bottom"
        raise LookupError("from the bottom")
    yield from deep(n - 1)

try:
    for v in deep(3):
        print(v)
except LookupError as e:
    print("LookupError:", e)

# throw into a deeply delegated generator
def level(n):
    if n == 0:
        try:
            yield "waiting"
        except ArithmeticError as e:
            yield "bottom caught %s" % type(e).__name__
        return
    yield from level(n - 1)

g = level(4)
print(next(g))
print(g.throw(ZeroDivisionError))
