# An exception raised in a sub-generator propagates through yield from frames.

def leaf(n):
    for i in range(n):
        yield i
    raise LookupError("leaf %d exhausted" % n)

def middle():
    yield "middle start"
    yield from leaf(2)

def top():
    yield from middle()

for x in top():
    print(x)
