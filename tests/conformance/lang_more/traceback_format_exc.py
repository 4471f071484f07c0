import traceback

print(repr(traceback.format_exc()))
try:
    raise ValueError("bad value")
except ValueError:
    text = traceback.format_exc()
    lines = text.splitlines()
    print(lines[0])
    print(lines[-1])
    print(text.endswith("\n"))


def deep(n):
    if n == 0:
        raise KeyError("deep key")
    deep(n - 1)


try:
    deep(3)
except KeyError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print(lines[-1])
    print(sum(1 for line in lines if line.strip().startswith("File")))
