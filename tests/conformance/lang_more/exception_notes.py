e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as t:
    print("TypeError:", t)
try:
    raise e
except ValueError as caught:
    print(caught.__notes__, caught is e)


def process(item):
    try:
        return 10 / item
    except ZeroDivisionError as exc:
        exc.add_note(f"while processing item {item!r}")
        raise


try:
    process(0)
except ZeroDivisionError as exc:
    print(exc, exc.__notes__)

g = ExceptionGroup("grp", [KeyError("k")])
g.add_note("group note")
print(g.__notes__, repr(g))
