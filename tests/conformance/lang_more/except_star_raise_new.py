try:
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise RuntimeError("from handler")
except ExceptionGroup as e:
    print(repr(e))
    rt = e.exceptions[0]
    print(repr(rt), repr(rt.__context__))

try:
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise KeyError("k1")
    except* TypeError:
        raise KeyError("k2")
except ExceptionGroup as e:
    print(repr(e))

try:
    try:
        raise ExceptionGroup("eg", [OSError("o")])
    except* OSError as g:
        raise ValueError("wrapped") from g
except ValueError as e:
    print(repr(e), repr(e.__cause__))
