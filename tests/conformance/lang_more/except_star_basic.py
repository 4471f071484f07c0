def run(exc):
    try:
        raise exc
    except* ValueError as g:
        print("ValueError part:", repr(g))
    except* TypeError as g:
        print("TypeError part:", repr(g))
    print("done")


run(ExceptionGroup("eg", [ValueError(1), TypeError(2)]))
run(ExceptionGroup("eg", [ValueError(1), ValueError(2)]))
run(ExceptionGroup("eg", [TypeError("only")]))
run(ExceptionGroup("nest", [ExceptionGroup("in", [ValueError(3)]), TypeError(4)]))
