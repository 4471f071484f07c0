# Higher-order functions: map/filter/reduce written by hand, compose, partial.
def my_map(f, items):
    return [f(x) for x in items]
def my_filter(pred, items):
    return [x for x in items if pred(x)]
def my_reduce(f, items, initial):
    acc = initial
    for x in items:
        acc = f(acc, x)
    return acc
def partial(f, *fixed):
    def run(*rest):
        return f(*fixed, *rest)
    return run
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a + b, nums, 0), my_reduce(lambda a, b: a * b, nums, 1))
print(my_reduce(lambda a, b: a if a > b else b, [3, 9, 2], 0))
add = lambda a, b, c: a + b + c
add5 = partial(add, 5)
add5_10 = partial(add, 5, 10)
print(add5(1, 2), add5_10(100))
def pipeline(*fs):
    return lambda x: my_reduce(lambda acc, f: f(acc), fs, x)
process = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "_"))
print(process("  Hello Big World  "))
def apply_n(f, n):
    def run(x):
        for _ in range(n):
            x = f(x)
        return x
    return run
print(apply_n(lambda x: x * 2, 10)(1), apply_n(lambda s: s + "!", 3)("hi"))
counters = {name: 0 for name in ["a", "b"]}
def counting(name, f):
    def wrapper(*args):
        counters[name] += 1
        return f(*args)
    return wrapper
ca = counting("a", abs)
print([ca(x) for x in [-1, -2, 3]], counters)
print(sorted(["bb", "a", "ccc"], key=len), list(map(str.upper, ["x", "y"])))
