gen_fn = lambda: (yield 1)
g = gen_fn()
print(type(g).__name__)
print(next(g))
try:
    g.send("returned value")
except StopIteration as e:
    print("StopIteration", e.value)

pair = lambda a, b: ((yield a), (yield b))
print(list(pair(3, 4)))

echo = lambda: (yield)
e = echo()
next(e)
try:
    e.send(5)
except StopIteration as s:
    print("value", s.value)

make = lambda n: (yield from range(n))
print(list(make(4)))
print(sum(make(5)))
