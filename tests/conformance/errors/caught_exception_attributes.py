# Inspecting caught exceptions: args, repr, context and cause.
try:
    {"a": 1}["missing"]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    [][0]
except IndexError as e:
    print(repr(e), e.args)
try:
    int("nope")
except ValueError as e:
    print(repr(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("outer") from inner
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__cause__ is e.__context__)
try:
    try:
        [][1]
    except IndexError:
        raise KeyError("while handling")
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
e = RuntimeError("stored")
print(repr(e), str(e), isinstance(e, Exception))
errors = []
for v in ["1", "x", "2", "", "3.5"]:
    try:
        errors.append(int(v))
    except ValueError as err:
        errors.append(str(err))
print(errors)
print(ArithmeticError.__name__, [c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyError.__mro__])
print(issubclass(RecursionError, RuntimeError), issubclass(FileNotFoundError, OSError))
print(issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
