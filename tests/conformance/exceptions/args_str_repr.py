# args, str() and repr() for zero, one and several arguments.
classes = [Exception, ValueError, TypeError, RuntimeError, IndexError, LookupError,
           ZeroDivisionError, AttributeError, NameError, AssertionError, NotImplementedError,
           StopIteration, ArithmeticError, OverflowError, BaseException, Warning, UserWarning]
for cls in classes:
    for args in [(), ("boom",), (42,), ("a", "b"), (1, 2, 3), ("",), (None,), ([1, 2],), ("it's",)]:
        e = cls(*args)
        print(cls.__name__, repr(e.args), repr(str(e)), repr(e))

e = ValueError("x", 2)
print(e.args, len(e.args), e.args[1])
e.args = ("changed",)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e.args = [1, 2]
print(e.args, type(e.args).__name__)

class MyError(Exception):
    pass

class Other(MyError):
    pass

print(repr(MyError()), repr(MyError("m")), repr(Other(1, "two")))
print(str(Other("only")), str(Other()), str(Other(1, 2)))
print(repr(Exception("quote'd")), repr(Exception('dq"')), repr(Exception("nl\n")))
print(repr(Exception(1.5)), repr(Exception(True)), repr(Exception((1, 2))))
print(str(Exception((1, 2))), str(Exception([1])), str(Exception({"k": 1})))
print(repr(Exception(Exception("inner"))), str(Exception(ValueError("v"))))
