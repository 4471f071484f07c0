# __cause__, __context__ and __suppress_context__ for explicit and implicit chaining.
def show(e):
    c = e.__cause__
    x = e.__context__
    print(type(e).__name__, str(e),
          "cause=" + (repr(c) if c is not None else "None"),
          "context=" + (repr(x) if x is not None else "None"),
          "suppress=" + str(e.__suppress_context__))

e = ValueError("fresh")
show(e)

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    show(e)
    show(e.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("wrapped") from z
except RuntimeError as e:
    show(e)
    print(e.__cause__ is e.__context__)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e:
    show(e)

try:
    raise IndexError("direct") from ValueError("made up")
except IndexError as e:
    show(e)

try:
    raise IndexError("cls cause") from KeyError
except IndexError as e:
    show(e)

try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError:
            raise KeyError(3)
except KeyError as e:
    show(e)
    show(e.__context__)
    show(e.__context__.__context__)

e = ValueError("manual")
e.__cause__ = KeyError("k")
show(e)
e.__cause__ = None
show(e)
e.__suppress_context__ = True
show(e)
e.__context__ = TypeError("t")
show(e)
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError", err)
try:
    raise ValueError("x") from 5
except TypeError as err:
    print("TypeError", err)

def helper():
    try:
        raise OSError("disk")
    except OSError as err:
        raise LookupError("lookup failed") from err

try:
    helper()
except LookupError as e:
    show(e)

try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs")
except ValueError as e:
    show(e)

try:
    try:
        raise ValueError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    show(e)
