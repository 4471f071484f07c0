def handle(eg):
    seen = []
    try:
        raise eg
    except* (KeyError, IndexError) as g:
        seen.append(("lookup", [type(e).__name__ for e in g.exceptions]))
    except* ArithmeticError as g:
        seen.append(("arith", [str(e) for e in g.exceptions]))
    except* Exception as g:
        seen.append(("other", repr(g)))
    return seen


print(handle(ExceptionGroup("g", [KeyError(1), ZeroDivisionError("z"), ValueError("v")])))
print(handle(ExceptionGroup("g", [IndexError(0), OverflowError("o")])))
print(handle(ExceptionGroup("g", [RuntimeError("r")])))
print(handle(ExceptionGroup("g", [KeyError(1), ExceptionGroup("h", [KeyError(2), FloatingPointError("f")])])))
