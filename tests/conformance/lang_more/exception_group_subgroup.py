eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("mid", [ValueError("v2"), KeyError("k")]),
])
print(repr(eg.subgroup(ValueError)))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.subgroup((TypeError, KeyError))))
print(eg.subgroup(OSError))
print(eg.subgroup(Exception) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and "2" in str(e))))
print(eg.subgroup(lambda e: True) is eg)
sub = eg.subgroup(KeyError)
print(sub.message, sub.exceptions[0].message, sub.exceptions[0].exceptions)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "mid")))
