b = BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError("v")])
print(type(b).__name__, repr(b), str(b))
auto = BaseExceptionGroup("auto", [ValueError(1), TypeError(2)])
print(type(auto).__name__, isinstance(auto, Exception))
try:
    ExceptionGroup("e", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
m, r = b.split(KeyboardInterrupt)
print(type(m).__name__, repr(m))
print(type(r).__name__, repr(r))
print(isinstance(b, Exception), isinstance(b, BaseException))
try:
    raise b
except Exception:
    print("not here")
except BaseExceptionGroup as caught:
    print("caught base group", len(caught.exceptions))
