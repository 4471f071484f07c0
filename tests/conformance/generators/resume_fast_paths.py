# Yield statements and expressions, loop items and the resume protocol after the generator
# fast paths: sent values reach only yield expressions, a failing yielded expression ends the
# generator, gi_running re-entry, send() into a generator expression, sorted() stability.


def echo():
    got = []
    yield 1  # the value sent here is dropped
    x = yield 2
    got.append(x)
    y = (yield 3) or "default"
    got.append(y)
    for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
        z = yield a + b + c
        got.append(z)
    yield got


g = echo()
print(next(g), g.send("ignored"), g.send("x"), g.send(None), g.send("z1"), g.send("z2"))
print(list(g))


def failing():
    yield 1
    yield 1 // 0
    yield 3


g = failing()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "finished"), g.gi_frame is None if hasattr(g, "gi_frame") else True)


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(me.gi_running)

ge = (i * i for i in range(4))
print(next(ge), ge.send("ignored"), list(ge))


def pairs():
    for k, v in {"a": 1, "b": 2}.items():
        yield k
        yield v


print(list(pairs()), sum(x for x in range(10) if x % 3), "".join(s for s in "abc"))


def stop_inside():
    yield 1
    raise StopIteration("inner")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closer()
print(next(c))
c.close()
print(c.gi_running, next(c, "done"))

# sorted(): typed keys (int, float, str) are ordered stably, by code point for str.
words = ["b", "a", "\U0001f600", "\uffff", "", "ab", "a", "B"] * 40
print(sorted(words)[:12], sorted(words, reverse=True)[:6])
print(sorted([(w, i) for i, w in enumerate(words)], key=lambda p: p[0])[:5])
print(sorted([3, -1, 2 ** 40, 0, -2 ** 40, 7] * 10)[:8], sorted([0.5, -0.0, 0.0, -2.5, 1e300] * 8, key=abs)[:6])
