from collections import deque


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


check("pop empty", lambda: deque().pop())
check("popleft empty", lambda: deque().popleft())
check("index empty", lambda: deque()[0])
check("index out", lambda: deque([1, 2])[2])
check("index neg out", lambda: deque([1, 2])[-3])
check("remove missing", lambda: deque([1]).remove(5))
check("index missing", lambda: deque([1, "a"]).index("b"))
check("insert full", lambda: deque([1], maxlen=1).insert(0, 2))
check("maxlen neg", lambda: deque(maxlen=-1))
check("concat list", lambda: deque([1]) + [1])
check("slice", lambda: deque([1])[1:2])
check("str index", lambda: deque([1])["a"])
check("not iterable", lambda: deque(1))
check("maxlen str", lambda: deque([1], "a"))


def set_maxlen():
    d = deque()
    d.maxlen = 3


check("set maxlen", set_maxlen)


def mutate():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


check("mutate", mutate)


def setitem_out():
    d = deque([1])
    d[5] = 1


check("setitem out", setitem_out)


def delitem_out():
    d = deque([1])
    del d[-2]


check("delitem out", delitem_out)
check("rotate str", lambda: deque([1]).rotate("a"))
check("append noarg", lambda: deque().append())
check("eq other", lambda: deque([1]) == (1,))
check("index start", lambda: deque([1, 2, 1]).index(1, 1))
check("index stop", lambda: deque([1, 2, 1]).index(1, 1, 2))
check("count", lambda: deque("banana").count("a"))
check("ok", lambda: deque([3]).pop())
d = deque([1, 2])
print(d.pop(), d.pop())
try:
    d.pop()
except IndexError as e:
    print("caught", e)
