# Yields inside for/while loops with else clauses, break and continue.

def search(items, target):
    for item in items:
        yield "check %s" % item
        if item == target:
            yield "found"
            break
    else:
        yield "not found"
    yield "end"

print(list(search("abc", "b")))
print(list(search("abc", "z")))
print(list(search("", "z")))

def while_else(n):
    i = 0
    while i < n:
        yield i
        if i == 10:
            break
        i += 1
    else:
        yield "exhausted"

print(list(while_else(3)))
print(list(while_else(20))[-2:])

def skip_odd(n):
    for i in range(n):
        if i % 2:
            continue
        yield i
    else:
        yield "else"

print(list(skip_odd(7)))

def nested_loops():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)
        else:
            yield "inner else %d" % i
    else:
        yield "outer else"

print(list(nested_loops()))

def while_continue():
    i = 0
    while i < 6:
        i += 1
        if i % 3 == 0:
            continue
        yield i
    else:
        yield "while else"

print(list(while_continue()))

def loop_tuple_target():
    for k, v in [("a", 1), ("b", 2)]:
        yield k * v
    for i, (a, b) in enumerate([(1, 2), (3, 4)]):
        yield i + a + b
    for [x, *rest] in ["abc", "de"]:
        yield x + "".join(rest)

print(list(loop_tuple_target()))

def yield_in_loop_else():
    for i in range(2):
        pass
    else:
        yield "loop else yields"
        yield i

print(list(yield_in_loop_else()))

def loop_over_generator():
    def numbers():
        yield 1
        yield 2
        yield 3
    for n in numbers():
        yield n * 100

print(list(loop_over_generator()))

def modified_while():
    stack = [1]
    while stack:
        top = stack.pop()
        yield top
        if top < 20:
            stack.append(top * 2)
            stack.append(top * 3)

print(list(modified_while()))

def infinite_break():
    n = 0
    while True:
        n += 1
        if n > 4:
            break
        yield n
    yield "broken out"

print(list(infinite_break()))

def loop_variable_after():
    for i in range(3):
        yield i
    yield "last i = %d" % i

print(list(loop_variable_after()))

def range_step():
    for i in range(10, 0, -3):
        yield i
    for i in range(0):
        yield "never"
    else:
        yield "empty range else"

print(list(range_step()))

def list_mutation():
    items = [1, 2, 3]
    for x in items:
        yield x
        if x == 1:
            items.append(4)

print(list(list_mutation()))

def dict_items():
    d = {"x": 1, "y": 2}
    for key in d:
        yield key
    for key, value in d.items():
        yield "%s=%d" % (key, value)

print(list(dict_items()))
