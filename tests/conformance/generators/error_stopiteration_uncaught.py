# An uncaught StopIteration from send() carries the generator's return value.

def summer():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

s = summer()
next(s)
for v in [5, 10, 15]:
    print(s.send(v))
s.send(None)
