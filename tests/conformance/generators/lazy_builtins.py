# Lazy builtins over generators: map, filter, zip, enumerate, reversed, iter(callable, sentinel).

def numbers(n, log):
    for i in range(n):
        log.append(i)
        yield i

log = []
m = map(lambda x: x * 2, numbers(5, log))
print(type(m).__name__, log)
print(next(m), log)
print(list(m), log)

log = []
f = filter(lambda x: x % 2, numbers(6, log))
print(type(f).__name__, next(f), log)
print(list(f))
print(list(filter(None, [0, 1, "", "a", [], [0], None])))

log = []
z = zip(numbers(3, log), "abcdef")
print(type(z).__name__, log)
print(list(z), log)
print(list(zip()))
print(list(zip([1, 2], [3], [4, 5, 6])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip([1, 2], (x for x in "ab"), strict=True)))

log = []
e = enumerate(numbers(3, log), 5)
print(type(e).__name__, log, list(e))
print(list(enumerate("ab", start=-1)))

r = reversed([1, 2, 3])
print(type(r).__name__, list(r))
print(list(reversed(range(4))), list(reversed("abc")), list(reversed((1, 2))))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

print(list(reversed(Seq())))
try:
    reversed(numbers(2, []))
except TypeError as e:
    print("TypeError:", e)

# map with several iterables stops at the shortest
print(list(map(lambda a, b: a + b, numbers(10, []), [100, 200])))
print(list(map(pow, [2, 3], [3, 2])))

# chains of lazy builtins over an infinite generator
def naturals():
    n = 0
    while True:
        yield n
        n += 1

evens = filter(lambda v: v % 2 == 0, naturals())
squares = map(lambda v: v * v, evens)
pairs = zip(squares, naturals())
print([next(pairs) for _ in range(4)])

# iter(callable, sentinel)
state = {"n": 0}
def tick():
    state["n"] += 1
    return state["n"]

print(list(iter(tick, 5)))
counter = iter(tick, 100)
print(next(counter), next(counter))

gen = numbers(4, [])
it = iter(lambda: next(gen, None), None)
print(list(it))

# lazy builtins are exhausted once
m = map(str, [1, 2])
print(list(m), list(m))

# sum/min/max/sorted/any/all with generator arguments
print(sum(map(len, ["ab", "cde"])), min(filter(None, [0, 3, 2])), max(zip("ab", "cd")))
print(any(map(lambda x: x > 2, naturals())))
print(all(x < 3 for x in range(3)))
print(sorted(map(lambda s: s[::-1], ["ab", "ca", "bb"])))

# str.join and list/tuple/set/dict construction from iterators
print("-".join(map(str, range(4))))
print(dict(enumerate("xy")), tuple(filter(str.isdigit, "a1b2")))
print(set(map(abs, [-1, 1, -2])) == {1, 2})

# unpacking from lazy iterators
a, b, c = map(int, "123")
print(a + b + c)
first, *rest = filter(lambda v: v > 1, range(5))
print(first, rest)
