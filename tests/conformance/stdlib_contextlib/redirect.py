# contextlib.redirect_stdout / redirect_stderr
import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second", 2, sep="-")
    sys.stdout.write("direct write\n")
print("target is buf", target is buf)
print("captured:", repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("raw stderr\n")
    print("stdout still visible")
print("stderr captured:", repr(err.getvalue()))

outer = io.StringIO()
inner = io.StringIO()
with redirect_stdout(outer):
    print("outer 1")
    with redirect_stdout(inner):
        print("inner")
    print("outer 2")
print(repr(outer.getvalue()), repr(inner.getvalue()))

# the same object is reentrant
shared = io.StringIO()
r = redirect_stdout(shared)
with r:
    print("level 1")
    with r:
        print("level 2")
    print("back to 1")
print(repr(shared.getvalue()))

saved = sys.stdout
try:
    with redirect_stdout(io.StringIO()):
        raise ValueError("boom")
except ValueError as e:
    print("restored after error", sys.stdout is saved, e)

class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

col = Collector()
with redirect_stdout(col):
    print("a", "b")
    print(1, end="")
print(col.parts)

both = io.StringIO()
with redirect_stdout(both), redirect_stderr(both):
    print("out")
    print("err", file=sys.stderr)
print(repr(both.getvalue()))
print(sys.stdout is saved)
