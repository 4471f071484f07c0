import io
import traceback

buf = io.StringIO()
try:
    [][3]
except IndexError:
    traceback.print_exc(file=buf)
text = buf.getvalue()
print(text.splitlines()[0])
print(text.splitlines()[-1])

buf = io.StringIO()
try:
    int("abc")
except ValueError as e:
    traceback.print_exception(e, file=buf)
print(buf.getvalue().splitlines()[-1])

buf = io.StringIO()
traceback.print_exception(KeyError("no traceback"), file=buf)
print(repr(buf.getvalue()))
