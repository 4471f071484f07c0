import traceback

eg = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), KeyError("c")])])
for line in traceback.format_exception(eg):
    print(line, end="")
print("---")
try:
    raise ExceptionGroup("raised", [OSError("x")])
except ExceptionGroup as e:
    lines = traceback.format_exception(e)
    for chunk in lines:
        if 'File "' not in chunk:
            print(chunk, end="")
