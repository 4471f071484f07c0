# finally blocks run while an exception propagates to the top level.
def inner():
    try:
        print("inner: working")
        raise RuntimeError("fatal problem in inner")
    finally:
        print("inner: finally")
def outer():
    try:
        inner()
    finally:
        print("outer: finally")
print("begin")
outer()
print("never printed")
