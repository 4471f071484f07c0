e = ValueError("fresh")
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(tb is not None, type(tb).__name__, tb.tb_lineno)


def fail():
    raise KeyError("inner")


try:
    fail()
except KeyError as k:
    tb = k.__traceback__
    print(tb.tb_lineno, tb.tb_next is not None, tb.tb_next.tb_lineno)
    saved = tb

other = RuntimeError("other")
result = other.with_traceback(saved)
print(result is other, other.__traceback__ is not None)
print(other.__traceback__.tb_lineno)
print(other.with_traceback(None).__traceback__)
try:
    other.with_traceback(42)
except TypeError as t:
    print("TypeError:", t)
