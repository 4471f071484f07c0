try:
    raise ExceptionGroup("eg", [ValueError("handled"), OSError("unhandled")])
except* ValueError as g:
    print("handled", repr(g))
