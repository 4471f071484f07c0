import traceback

print(traceback.format_exception_only(ValueError("x")))
print(traceback.format_exception_only(ValueError, ValueError("y")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(RuntimeError()))
print(traceback.format_exception_only(OSError(2, "No such file")))


class AppError(Exception):
    pass


print(traceback.format_exception_only(AppError("custom")))
e = TypeError("with notes")
e.add_note("note one")
e.add_note("line a\nline b")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ExceptionGroup("g", [ValueError(1)])))
