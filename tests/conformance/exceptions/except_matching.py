# Which handler matches: tuples, bases, order, nested classes.
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-tuple " + type(e).__name__
    except ArithmeticError as e:
        return "arith " + type(e).__name__
    except (TypeError, ValueError, AttributeError) as e:
        return "nested-tuple " + type(e).__name__
    except Exception as e:
        return "exception " + type(e).__name__
    except BaseException as e:
        return "base " + type(e).__name__

for exc in [KeyError(1), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(),
            UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), AttributeError(), LookupError(),
            RuntimeError(), SystemExit(0), KeyboardInterrupt(), StopIteration(),
            FileNotFoundError(), RecursionError(), NotImplementedError()]:
    print(which(exc))

classes = (ValueError, TypeError)
try:
    raise TypeError("dyn")
except classes as e:
    print("dynamic tuple", e)

handlers = []
try:
    raise ValueError("first match wins")
except Exception:
    handlers.append("Exception")
except ValueError:
    handlers.append("ValueError")
print(handlers)

def else_and_finally(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(else_and_finally(False), else_and_finally(True))

try:
    try:
        raise KeyError("x")
    except ValueError:
        print("wrong")
except LookupError as e:
    print("propagated to outer", repr(e))

try:
    try:
        raise ValueError("in try")
    except ValueError:
        raise KeyError("in handler")
    else:
        print("else skipped")
except KeyError as e:
    print("handler raised", repr(e), repr(e.__context__))
e1 = ValueError(1)
e2 = ValueError(1)
print(e1 == e2, e1 == e1, e1 != e2)
