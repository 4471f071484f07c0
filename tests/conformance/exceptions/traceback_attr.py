# __traceback__ and with_traceback.
e = ValueError("never raised")
print(e.__traceback__ is None)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno > 0)

r = e.with_traceback(None)
print(r is e, e.__traceback__ is None)

try:
    raise KeyError("k").with_traceback(None)
except KeyError as k:
    print("with_traceback chain", repr(k), k.__traceback__ is not None)

def raiser():
    raise RuntimeError("deep")

try:
    raiser()
except RuntimeError as err:
    t = err.__traceback__
    count = 0
    while t is not None:
        count += 1
        t = t.tb_next
    print("frames", count)

try:
    e.with_traceback(5)
except TypeError as err:
    print("TypeError", err)

try:
    e.__traceback__ = "x"
except TypeError as err:
    print("TypeError", err)

class Boom(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code

try:
    raise Boom(7)
except Boom as b:
    print(b.code, b.args, str(b), b.__traceback__ is not None)
