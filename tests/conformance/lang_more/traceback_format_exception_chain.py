import traceback

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("during handling")
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len([l for l in lines if "During handling" in l]))
    print(lines[-1], end="")
    print(lines[0], end="")
    print(sum(1 for l in lines if l.startswith("Traceback")))

try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("wrapped") from k
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(any("direct cause" in l for l in lines))
    print([l for l in lines if not l.startswith(" ")])
    print(traceback.format_exception(e, chain=False)[-1], end="")

try:
    try:
        raise OSError("io")
    except OSError:
        raise TypeError("suppressed") from None
except TypeError as e:
    lines = traceback.format_exception(e)
    print([l for l in lines if not l.startswith(" ")])
