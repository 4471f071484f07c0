try:
    raise ValueError("boom")
except ValueError as err:
    print("inside:", err)

try:
    print(err)
except NameError as e:
    print("NameError:", e)

err = "preexisting"
try:
    raise KeyError("x")
except KeyError as err:
    print("caught", repr(err))
try:
    err
except NameError as e:
    print(type(e).__name__, e)

saved = None
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print("saved survives:", saved)
