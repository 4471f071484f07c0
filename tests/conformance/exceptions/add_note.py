# PEP 678: add_note and __notes__ (3.11).
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first note")
print(e.__notes__)
e.add_note("second")
print(e.__notes__, len(e.__notes__))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError", err)
try:
    e.add_note()
except TypeError as err:
    print("TypeError", type(err).__name__)
print(str(e), repr(e), e.args)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k:
    print(k.__notes__)

e2 = TypeError("t")
e2.__notes__ = ["preset"]
e2.add_note("added")
print(e2.__notes__)

class Custom(Exception):
    pass

c = Custom()
c.add_note("")
c.add_note("multi\nline")
print(c.__notes__)
del c.__notes__
print(hasattr(c, "__notes__"))
c.add_note("again")
print(c.__notes__)
