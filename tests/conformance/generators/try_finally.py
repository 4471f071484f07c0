# Yields inside try/finally: normal flow, exceptions, return, break and continue.

def simple():
    try:
        yield 1
        yield 2
    finally:
        print("finally")
    yield 3

print(list(simple()))

def yield_in_finally():
    try:
        yield "try"
    finally:
        yield "finally 1"
        yield "finally 2"
    yield "after"

print(list(yield_in_finally()))

def exception_passes():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        print("cleanup")
        yield "from finally"

g = exception_passes()
print(next(g))
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)

def loop_with_finally():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        finally:
            yield "f%d" % i
    yield "end"

print(list(loop_with_finally()))

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n > 3:
                return "returned %d" % n
            yield n
        finally:
            print("finally n =", n)

g = while_finally()
print(list(g))

def nested():
    try:
        try:
            yield "a"
        finally:
            yield "inner finally"
        yield "b"
    finally:
        yield "outer finally"

print(list(nested()))

def finally_return():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        return "finally wins"

g = finally_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)

def finally_break():
    for i in range(3):
        try:
            yield i
            raise ValueError(i)
        finally:
            break
    yield "after break"

print(list(finally_break()))

def finally_continue():
    for i in range(3):
        try:
            yield i
            raise ValueError(i)
        finally:
            continue
    yield "done"

print(list(finally_continue()))

def deep_return():
    for i in range(2):
        for j in range(2):
            try:
                try:
                    yield (i, j)
                    if i == 1:
                        return "deep"
                finally:
                    print("inner", i, j)
            finally:
                print("outer", i, j)

g = deep_return()
while True:
    try:
        print(next(g))
    except StopIteration as e:
        print("return:", e.value)
        break

# the finally body sees the locals of the generator
def counts():
    total = 0
    try:
        for i in range(5):
            total += i
            yield total
    finally:
        print("total at finally:", total)

print(list(counts()))

# exception in finally replaces the pending one
def replace():
    try:
        yield 1
        raise ValueError("first")
    finally:
        raise KeyError("second")

g = replace()
next(g)
try:
    next(g)
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

# finally without yields inside a generator
def plain_finally():
    for i in range(3):
        try:
            x = 10 // (i - 1)
        except ZeroDivisionError:
            x = "div"
        finally:
            pass
        yield x

print(list(plain_finally()))
