# Yields inside try/except/else: handlers, else, bare raise, exception variables.

def handlers(values):
    for v in values:
        try:
            yield "try %r" % (v,)
            result = 10 // v
        except ZeroDivisionError:
            yield "zero"
        except TypeError as e:
            yield "type: %s" % e
        else:
            yield "ok %d" % result

print(list(handlers([2, 0, "x", 5])))

def in_handler():
    try:
        raise ValueError("boom")
    except ValueError as e:
        yield "handling %s" % e
        yield "still handling"
    yield "after"

print(list(in_handler()))

def bare_reraise():
    try:
        raise KeyError("k")
    except KeyError:
        yield "before reraise"
        raise

g = bare_reraise()
print(next(g))
try:
    next(g)
except KeyError as e:
    print("reraised", e)

def catch_all():
    for exc in [ValueError, KeyError, IndexError, None]:
        try:
            if exc:
                raise exc("x")
            yield "no error"
        except (ValueError, KeyError) as e:
            yield "tuple " + type(e).__name__
        except:
            yield "bare except"

print(list(catch_all()))

def unbound_name():
    try:
        raise ValueError("v")
    except ValueError as err:
        yield str(err)
    try:
        print(err)
    except NameError as ne:
        yield "NameError"
    except UnboundLocalError:
        yield "UnboundLocalError"

print(list(unbound_name()))

def context_chain():
    try:
        raise ValueError("first")
    except ValueError:
        yield "in handler"
        raise KeyError("second")

g = context_chain()
next(g)
try:
    next(g)
except KeyError as e:
    print(repr(e), "context", repr(e.__context__))

def else_yield():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError
        except RuntimeError:
            yield "except %d" % i
        else:
            yield "else %d" % i
            yield "else again %d" % i

print(list(else_yield()))

def nested_handlers():
    try:
        try:
            yield 1
            raise ValueError("inner")
        except KeyError:
            yield "wrong handler"
    except ValueError as e:
        yield "outer got %s" % e
        try:
            yield 2
            raise IndexError("nested")
        except IndexError as e2:
            yield "nested got %s" % e2
    yield "done"

print(list(nested_handlers()))

def unhandled():
    try:
        yield 1
        {}["missing"]
    except IndexError:
        yield "no"

g = unhandled()
next(g)
try:
    next(g)
except KeyError as e:
    print("KeyError propagated", e)

# handler that yields then returns
def handler_return():
    try:
        raise ValueError
    except ValueError:
        yield "handling"
        return "returned from handler"

g = handler_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)

# handler catching what throw() sends in
def robust():
    results = []
    for _ in range(3):
        try:
            yield
        except Exception as e:
            results.append(type(e).__name__)
    yield results

r = robust()
next(r)
r.throw(ValueError)
r.throw(TypeError("t"))
print(next(r))

# exception type expression evaluated lazily
def lazy_type():
    errors = [ValueError]
    try:
        yield "x"
        raise ValueError
    except errors[0]:
        yield "matched"

print(list(lazy_type()))

# try/except inside a while with yield in the condition body
def parse(tokens):
    i = 0
    while i < len(tokens):
        try:
            yield int(tokens[i])
        except ValueError:
            yield "bad:" + tokens[i]
        i += 1

print(list(parse(["1", "x", "3", "4.5", "-2"])))
