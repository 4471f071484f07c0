# bool arithmetic and None.
print(True + True, True * 10, False - 1)
print(True / 2, True // 2, True % 2)
print(True == 1, False == 0, True is True)
print(sum([True, False, True, True]))
print(True and False, True or False, not True, not 0)
print(True & False, True | False, True ^ True)
print(~True, -True, +False)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("x"))
print(bool([]), bool([0]), bool({}), bool(()), bool(None))
print(repr(True), str(False))
print(int(True) + 0.5)
print([True] * 3, (False,))
print(None)
print(repr(None), str(None))
print(None is None, None == None, None is not None)
x = None
if x is None:
    print("x is None")
if not x:
    print("None is falsy")
def f():
    pass
print(f())
print([None, None], {"k": None})
print(type(True), type(None))
print(isinstance(True, int))
print(True < 2, False < True)
print(max(True, 0), min(False, -1))
print(1 if True else 2)
print(str(True) + "!", str(None) + "?")
