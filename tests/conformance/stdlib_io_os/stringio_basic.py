import io


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.read()), repr(s.read()))
s.seek(6)
s.write("WORLD")
print(repr(s.getvalue()))
t = io.StringIO("line1\nline2\nline3")
print(repr(t.readline()), repr(t.readline()), repr(t.readline()), repr(t.readline()))
t.seek(0)
print(t.readlines())
t.seek(0)
for line in t:
    print("iter", repr(line))
print(repr(io.StringIO("abc\ndef").readline(2)))
u = io.StringIO()
print("a", "b", sep="-", end="!\n", file=u)
print(1, 2.5, None, file=u)
print(repr(u.getvalue()))
with io.StringIO() as w:
    w.write("inside with")
    print(w.getvalue(), w.closed)
print(w.closed)
check("closed read", lambda: w.read())
check("closed getvalue", lambda: w.getvalue())
check("write int", lambda: io.StringIO().write(5))
check("neg seek", lambda: io.StringIO().seek(-1))
check("cur seek", lambda: io.StringIO("ab").seek(1, 1))
check("bad init", lambda: io.StringIO(5))
v = io.StringIO("0123456789")
print(v.seek(0, 2), v.tell(), v.truncate(4), repr(v.getvalue()), v.tell())
v.seek(8)
v.write("X")
print(repr(v.getvalue()))
x = io.StringIO()
x.writelines(["a\n", "b\n", "c"])
print(repr(x.getvalue()), x.readable(), x.writable(), x.seekable())
print(type(x).__name__, repr(io.StringIO("q").read(0)), repr(io.StringIO("").read()))
lines = []
buf = io.StringIO("x=1\ny=2\n\nz=3\n")
for raw in buf:
    raw = raw.strip()
    if raw:
        lines.append(raw.split("="))
print(lines)
