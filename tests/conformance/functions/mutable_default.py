# Default values are evaluated once, at definition time.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe_append(1), safe_append(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), counter)
def memo_fib(n, cache={}):
    if n in cache:
        return cache[n]
    result = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    cache[n] = result
    return result
print(memo_fib(80))
def default_dict(key, value, d={}):
    d[key] = value
    return d
default_dict("a", 1)
print(default_dict("b", 2))
