# An exception thrown into a generator that does not handle it propagates to the caller.

def worker():
    done = 0
    while True:
        try:
            job = yield done
        except ValueError as e:
            print("recovered from", e)
            continue
        print("working on", job)
        done += 1

w = worker()
next(w)
print(w.send("a"))
print(w.send("b"))
w.throw(ValueError("bad job"))
print(w.send("c"))
w.throw(KeyError("fatal"))
print("not reached")
