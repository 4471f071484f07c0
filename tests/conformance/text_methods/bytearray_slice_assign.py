# bytearray slice assignment and deletion, including extended slices.
def show(label, ba):
    print(label, ba, len(ba))
ba = bytearray(b"0123456789")
ba[2:5] = b"ab"
show("shrink", ba)
ba[0:0] = b"XYZ"
show("insert", ba)
ba[-2:] = bytearray(b"!!!!")
show("grow", ba)
ba[1:3] = [65, 66, 67]
show("list", ba)
ba[::2] = b"_" * len(ba[::2])
show("ext", ba)
ba[5:2] = b"rev"
show("empty-range", ba)
ba[:] = b"reset"
show("all", ba)
ba[1:4] = b""
show("delete", ba)
ba[len(ba):] = b" tail"
show("append", ba)
ba[::-1] = ba
show("self-rev", ba)
ba[::-2] = b"abcd"
show("negstep", ba)
del ba[::3]
show("del-step", ba)
del ba[:]
show("cleared", ba)
ba = bytearray(b"abcdef")
ba[1:3] = ba
show("self", ba)
ba[2:4] = range(65, 70)
show("range", ba)
ba[0:1] = bytearray(3)
show("zeros", ba)
for bad in [lambda: ba.__setitem__(slice(None, None, 2), b"x"), lambda: ba.__setitem__(slice(0, 2), 5), lambda: ba.__setitem__(slice(0, 2), "ab"),
            lambda: ba.__setitem__(slice(0, 2), [256]), lambda: ba.__setitem__(slice(0, 2), [None]), lambda: ba.__setitem__(slice(0, 4, 2), b"abc")]:
    try:
        bad()
        print(ba)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = bytes(b"immutable")
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)
print(ba[1:3], ba[::2], ba[-1], ba[::-1], type(ba[1:2]).__name__)
