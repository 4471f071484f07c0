# Functions as first-class values; sorted/min/max with key.
def apply(f, x):
    return f(x)
def twice(f):
    return lambda x: f(f(x))
def inc(x):
    return x + 1
print(apply(inc, 1), twice(inc)(1), twice(twice(inc))(0))
table = {"inc": inc, "neg": lambda v: -v, "str": str}
for name in ["inc", "neg", "str"]:
    print(name, repr(table[name](5)))
pipeline = [inc, lambda v: v * 10, str, len]
v = 41
for step in pipeline:
    v = step(v)
    print(repr(v))
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(min(words, key=len), max(words, key=len))
print(max(words, key=lambda w: w[-1]))
people = [("ann", 31), ("bob", 25), ("cid", 31), ("dee", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: -p[1]))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
print(list(map(len, words)))
print(list(map(pow, [2, 3], [5, 2])))
print(inc.__name__, apply.__name__)
fs = [inc, str, len]
print([f.__name__ for f in fs])
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, inc, inc)(1))
print(callable(inc), callable(3))
