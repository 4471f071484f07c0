# send() with a value before the generator started is a TypeError.

def echo():
    while True:
        x = yield
        print("echo", x)

e = echo()
e.send(None)
e.send(1)
e.send("two")
fresh = echo()
fresh.send("too early")
