eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), KeyError("k")])
print(str(eg))
print(repr(eg))
print(eg.message)
print(eg.exceptions)
print(type(eg.exceptions).__name__, len(eg.exceptions))
print(eg.args[0], type(eg.args[1]).__name__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
single = ExceptionGroup("one", (OSError("o"),))
print(str(single), repr(single))
for bad in ([], None, "abc"):
    try:
        ExceptionGroup("x", bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [1])
except ValueError as e:
    print(e)
try:
    raise eg
except ExceptionGroup as caught:
    print("caught", caught is eg, [type(x).__name__ for x in caught.exceptions])
