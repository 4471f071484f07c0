# yield inside expressions: evaluation order, operators, calls, containers, conditionals.

def drive(gen, values):
    out = [next(gen)]
    for v in values:
        try:
            out.append(gen.send(v))
        except StopIteration as e:
            out.append(("returned", e.value))
            break
    return out

def arithmetic():
    a = (yield "a?") + (yield "b?") * (yield "c?")
    return a

print(drive(arithmetic(), [1, 2, 3]))

def call_args():
    result = max((yield 1), (yield 2), key=(yield 3))
    return result

print(drive(call_args(), [5, -9, abs]))

def containers():
    t = ((yield "t0"), (yield "t1"))
    l = [(yield "l0"), 2, (yield "l1")]
    d = {(yield "k"): (yield "v")}
    s = {(yield "s")}
    return t, l, d, sorted(s)

print(drive(containers(), [1, 2, 3, 4, "key", "value", 9]))

def method_calls():
    items = []
    items.append((yield "first"))
    items.extend([(yield "second"), (yield "third")])
    return items

print(drive(method_calls(), ["x", "y", "z"]))

def attributes():
    class Box:
        pass
    b = Box()
    b.value = yield "set value"
    b.value += yield "add"
    return b.value

print(drive(attributes(), [10, 5]))

def subscripts():
    d = {}
    d["k"] = yield "store"
    d["k"] += yield "augment"
    lst = [0, 0, 0]
    lst[(yield "index")] = "set"
    return d, lst

print(drive(subscripts(), [1, 2, 1]))

def boolean_ops():
    a = (yield "a") and (yield "b")
    b = (yield "c") or (yield "d")
    c = not (yield "e")
    return a, b, c

print(drive(boolean_ops(), [0, 0, False, "e-is-false-so-d", 1]))
print(drive(boolean_ops(), [1, "b", "c", 0]))

def conditional():
    x = (yield "yes?") if (yield "test?") else (yield "no?")
    return x

print(drive(conditional(), [True, "YES"]))
print(drive(conditional(), [False, "NO"]))

def comparisons():
    a = (yield 1) == (yield 2)
    b = (yield 3) in [1, 2, 3]
    c = (yield 4) is None
    return a, b, c

print(drive(comparisons(), [7, 7, 2, None]))

def fstring():
    name = "world"
    s = f"hello {(yield 'who?')} and {name}"
    return s

print(drive(fstring(), ["you"]))

def nested_yield():
    x = yield (yield (yield 1))
    return x

print(drive(nested_yield(), ["a", "b", "c"]))

def yield_in_return():
    return (yield "last") * 2

print(drive(yield_in_return(), [21]))

def yield_in_condition():
    n = 0
    while (yield n) != "stop":
        n += 1
    if (yield "check"):
        return "truthy"
    return "falsy"

print(drive(yield_in_condition(), [None, None, "stop", 1]))

def yield_in_assert():
    assert (yield "assert me"), "failed"
    yield "passed"

print(drive(yield_in_assert(), [1]))
g = yield_in_assert()
next(g)
try:
    g.send(0)
except AssertionError as e:
    print("AssertionError", e)

def yield_in_raise():
    raise (yield "which?")

g = yield_in_raise()
next(g)
try:
    g.send(KeyError("chosen"))
except KeyError as e:
    print("raised", e)

def unpacking():
    a, b = yield "pair?"
    first, *rest = yield "list?"
    return a + b, first, rest

print(drive(unpacking(), [(1, 2), [1, 2, 3]]))

def walrus():
    if (n := (yield "n?")) > 3:
        return "big %d" % n
    return "small %d" % n

print(drive(walrus(), [5]), drive(walrus(), [1]))

def order_of_evaluation():
    log = []
    def f(tag):
        log.append(tag)
        return tag
    result = f("a") + (yield "y1") + f("b") + (yield "y2")
    return result, log

print(drive(order_of_evaluation(), ["1", "2"]))

def yield_tuple_value():
    x = yield 1, 2
    y = yield
    return x, y

print(drive(yield_tuple_value(), ["p", "q"]))

def starred_call():
    args = yield "args?"
    return max(*args, *(yield "more?"))

print(drive(starred_call(), [(1, 5), [9, 2]]))

def slices():
    s = "abcdefgh"
    return s[(yield "start"):(yield "stop"):(yield "step")]

print(drive(slices(), [1, 7, 2]))

def lambda_inside():
    f = lambda v: v * 3
    return f((yield "value"))

print(drive(lambda_inside(), [4]))

def dict_with_yield_keys():
    return {"fixed": 1, (yield "key"): (yield "val"), **(yield "extra")}

print(drive(dict_with_yield_keys(), ["k", "v", {"z": 26}]))
