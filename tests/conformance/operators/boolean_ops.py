# and/or return operands; not; short-circuit; conditional expressions.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or 0)
print([] and [1], [0] and [1], {} or [], "a" and "b" and "c", "a" or "b" or "c")
print(0 or "" or None, 1 and 0 and 2)
print(not 1, not 0, not [], not [0], not None, not "")
def t(v):
    print("called", v)
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(1) or t(2))
print(t(0) or t(3))
print(t(0) or t(0) or t(5))
x = 7
print("even" if x % 2 == 0 else "odd")
print("big" if x > 100 else "medium" if x > 5 else "small")
y = None
print((y or 0) + 1)
z = [1, 2, 3]
print(z and z[0], [] and [][0])
print(True and 1.5, False or 0.0)
name = ""
print(name or "anonymous")
print(x > 3 and x < 10, x > 3 or 1 / 0)
print(not x == 7, not (x == 7), (not x) == 7)
values = [0, 1, "", "x", None, [], [0], 0.0, -1]
print([bool(v) for v in values])
print([v or "F" for v in values])
print(1 if [] else 2, 1 if [[]] else 2)
