# Every builtin exception class exists with CPython's bases.
names = [
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
    "StopIteration", "StopAsyncIteration", "ArithmeticError", "FloatingPointError",
    "OverflowError", "ZeroDivisionError", "AssertionError", "AttributeError", "BufferError",
    "EOFError", "ImportError", "ModuleNotFoundError", "LookupError", "IndexError", "KeyError",
    "MemoryError", "NameError", "UnboundLocalError", "OSError", "BlockingIOError",
    "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError",
    "ConnectionRefusedError", "ConnectionResetError", "FileExistsError", "FileNotFoundError",
    "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
    "ProcessLookupError", "TimeoutError", "ReferenceError", "RuntimeError",
    "NotImplementedError", "RecursionError", "SyntaxError", "IndentationError", "TabError",
    "SystemError", "TypeError", "ValueError", "UnicodeError", "UnicodeDecodeError",
    "UnicodeEncodeError", "UnicodeTranslateError", "Warning", "DeprecationWarning",
    "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "UserWarning",
    "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
    "EncodingWarning",
]
classes = [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
    StopIteration, StopAsyncIteration, ArithmeticError, FloatingPointError,
    OverflowError, ZeroDivisionError, AssertionError, AttributeError, BufferError,
    EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError,
    MemoryError, NameError, UnboundLocalError, OSError, BlockingIOError,
    ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
    ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError,
    InterruptedError, IsADirectoryError, NotADirectoryError, PermissionError,
    ProcessLookupError, TimeoutError, ReferenceError, RuntimeError,
    NotImplementedError, RecursionError, SyntaxError, IndentationError, TabError,
    SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
    UnicodeEncodeError, UnicodeTranslateError, Warning, DeprecationWarning,
    PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning,
    FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
    EncodingWarning]
for name, cls in zip(names, classes):
    bases = ", ".join([b.__name__ for b in cls.__bases__])
    mro = " > ".join([c.__name__ for c in cls.__mro__])
    print(name, cls.__name__ == name, "(" + bases + ")", mro)

print(EnvironmentError is OSError, IOError is OSError)
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, Exception))
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print(issubclass(FileNotFoundError, OSError), issubclass(TimeoutError, OSError))
print(issubclass(UnicodeDecodeError, ValueError), issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError), issubclass(UnboundLocalError, NameError))
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(TabError, SyntaxError))
print(isinstance(ValueError(), BaseException), isinstance(SystemExit(), Exception))
print(type(ValueError()).__name__, ValueError.__module__ if hasattr(ValueError, "__module__") else "?")
