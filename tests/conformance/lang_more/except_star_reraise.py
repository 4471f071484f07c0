try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("saw ValueError, re-raising")
        raise
    except* TypeError:
        print("handled TypeError")
except ExceptionGroup as e:
    print("outer:", repr(e))

original = ExceptionGroup("orig", [KeyError("a"), KeyError("b")])
try:
    try:
        raise original
    except* KeyError:
        raise
except ExceptionGroup as e:
    print("same object:", e is original)
