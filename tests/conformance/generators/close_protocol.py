# close(): GeneratorExit at the suspended yield, cleanup, ignored GeneratorExit.

def with_cleanup(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("cleanup")

log = []
g = with_cleanup(log)
print(next(g))
print(g.close())
print(log)
print(next(g, "closed"))
g.close()
print(log)

# closing a fresh generator does not run it
log = []
g = with_cleanup(log)
g.close()
print(log, list(g))

# closing a finished generator is a no-op
log = []
g = with_cleanup(log)
print(list(g), log)
g.close()
print(log)

def catches_exit():
    try:
        yield "running"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

c = catches_exit()
next(c)
c.close()
print("closed")

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returning instead")
        return "ignored value"

r = returns_on_exit()
next(r)
print(r.close())

def ignores_exit():
    ignored = 0
    while True:
        try:
            yield "again"
        except GeneratorExit:
            ignored += 1
            print("ignoring", ignored)
            if ignored > 1:
                return

i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
# the second close is accepted: the generator returns
i.close()
print("closed on second attempt")

def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("during close")

ro = raises_other()
next(ro)
try:
    ro.close()
except ValueError as e:
    print("ValueError:", e)

# GeneratorExit is not an Exception: except Exception does not see it.
def broad():
    try:
        yield 1
    except Exception:
        print("should not happen")
    finally:
        print("broad finally")

b = broad()
next(b)
b.close()

# with statement inside, closed while suspended
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return False

def reader():
    with Resource("file"):
        yield "line 1"
        yield "line 2"

rd = reader()
print(next(rd))
rd.close()
print("after close")

# Nested finally blocks all run on close
def layers():
    try:
        try:
            try:
                yield "deep"
            finally:
                print("layer 3")
        finally:
            print("layer 2")
    finally:
        print("layer 1")

ly = layers()
next(ly)
ly.close()

# close inside a loop
def looping():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("stopped at", n)

lp = looping()
for v in lp:
    if v == 3:
        lp.close()
print(list(lp))

# closing twice, and the return value of close
lp2 = looping()
next(lp2)
print(lp2.close(), lp2.close())

# a generator that yields in finally on close: RuntimeError
def yield_in_finally():
    try:
        yield 1
    finally:
        yield 2

yf = yield_in_finally()
next(yf)
try:
    yf.close()
except RuntimeError as e:
    print("RuntimeError:", e)
