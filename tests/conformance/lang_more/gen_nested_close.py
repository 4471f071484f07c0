def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def outer():
    try:
        yield from inner()
        yield 3
    finally:
        print("outer finally")


for x in outer():
    print("x", x)
    if x == 1:
        break
print("after break")

for x in outer():
    print("full", x)
print("after full")
