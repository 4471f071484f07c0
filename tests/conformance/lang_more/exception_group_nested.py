inner1 = ExceptionGroup("inner1", [ValueError("a"), ValueError("b")])
inner2 = ExceptionGroup("inner2", [TypeError("c"), ExceptionGroup("deep", [KeyError("d")])])
top = ExceptionGroup("top", [inner1, inner2, ZeroDivisionError("e")])
print(str(top))
print(repr(top))


def leaves(exc):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            yield from leaves(e)
    else:
        yield exc


print([str(e) for e in leaves(top)])
m, r = top.split(KeyError)
print(repr(m))
print(repr(r))
print(repr(top.subgroup(lambda e: not isinstance(e, BaseExceptionGroup) and str(e) in "'d'e")))
print(len(top.exceptions), len(top.exceptions[1].exceptions))
