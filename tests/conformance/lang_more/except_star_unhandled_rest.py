try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as g:
        print("handled", repr(g))
except ExceptionGroup as rest:
    print("rest:", repr(rest))

try:
    try:
        raise ExceptionGroup("mixed", [ValueError(1), ExceptionGroup("sub", [TypeError(2), ValueError(3)])])
    except* ValueError:
        print("values handled")
except ExceptionGroup as rest:
    print("rest:", repr(rest))

try:
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* ValueError:
        print("value handled")
except BaseExceptionGroup as rest:
    print(type(rest).__name__, repr(rest))
