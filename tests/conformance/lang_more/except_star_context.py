import sys

try:
    try:
        raise ExceptionGroup("eg", [ValueError("v")])
    except* ValueError as g:
        print("exc_info is group:", sys.exc_info()[1] is g)
        print(type(sys.exc_info()[1]).__name__)
        raise KeyError("new")
except KeyError as k:
    print(repr(k), type(k.__context__).__name__, repr(k.__context__))
print(sys.exc_info())

try:
    raise ExceptionGroup("eg", [TypeError("a"), TypeError("b")])
except* TypeError as g:
    print([str(e) for e in g.exceptions])
print("finished")
