# assert statements that pass, and a caught AssertionError.
assert True
assert 1 == 1, "never shown"
assert [1], "non-empty list is truthy"
x = 5
assert x > 0 and x < 10
print("all asserts passed")
try:
    assert x > 10, "x too small: " + str(x)
except AssertionError as e:
    print("caught:", e)
try:
    assert False
except AssertionError as e:
    print("empty message:", repr(str(e)), e.args)
def check(v):
    assert isinstance(v, int), f"bad {v!r}"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print(e)
