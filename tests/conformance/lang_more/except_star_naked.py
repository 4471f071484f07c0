try:
    raise ValueError("plain")
except* ValueError as g:
    print(type(g).__name__, repr(g))
    print(g.exceptions, g.message == "")

try:
    try:
        raise KeyError("not matched")
    except* ValueError:
        print("no")
except KeyError as e:
    print("naked passes through unchanged:", repr(e))

try:
    try:
        raise TypeError("t")
    except* TypeError:
        raise RuntimeError("new")
except RuntimeError as e:
    print("raised unwrapped:", repr(e), repr(e.__context__))
except ExceptionGroup as e:
    print("group", repr(e))
