import sys

cases = [(), (0,), (3,), ("message",), (None,), (1, 2)]
for args in cases:
    try:
        raise SystemExit(*args)
    except SystemExit as e:
        print(repr(args), "->", repr(e.code), repr(e.args), repr(str(e)))

try:
    sys.exit(42)
except SystemExit as e:
    print("sys.exit", e.code, type(e.code).__name__)

try:
    sys.exit()
except SystemExit as e:
    print("no arg", e.code)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(2)
    except Exception:
        print("wrong handler")
except BaseException as b:
    print("base handler", type(b).__name__, b.code)
