def attempt(fail):
    try:
        if fail:
            raise ExceptionGroup("eg", [ValueError("bad")])
        print("body ok")
    except* ValueError as g:
        print("handled", g.exceptions)
    else:
        print("else runs")
    finally:
        print("finally runs")
    return "returned"


print(attempt(False))
print(attempt(True))


def leak():
    try:
        try:
            raise ExceptionGroup("eg", [TypeError("t")])
        except* ValueError:
            print("never")
        finally:
            print("finally before propagation")
    except* TypeError as g:
        print("outer except*", repr(g))


leak()
