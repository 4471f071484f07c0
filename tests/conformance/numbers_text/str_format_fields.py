# str.format: automatic, positional, keyword, index and attribute fields.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __format__(self, spec):
        return "P(" + format(self.x, spec) + "," + format(self.y, spec) + ")"
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "pt"

p = Point(1.5, -2)
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Bo", age=3))
print("{0[0]} {0[1]} {1[key]} {1[2]}".format([10, 20], {"key": "v", 2: "int key"}))
print("{p.x} {p.y} {0.x}".format(p, p=p))
print("{0[1][0]} {d[a][b]}".format([0, [5, 6]], d={"a": {"b": "deep"}}))
print("{:.1f}".format(p), "{}".format(p), "{!r}".format(p), "{!s}".format(p), "{0!r:>20}".format(p))
print("{{literal}} {{{0}}} }}{{".format(9))
print("{0}{1}{0}".format("ab", "-"), "{}".format(""), "{:}".format(5))
print("{x}{y}".format(**{"x": 1, "y": 2}), "{}{}".format(*"ab"))
print("{0:{1}}|{0:{2}{1}}|".format(7, 5, "<"))
print("{:{}{}}".format(3.14159, ".", "3"), "{:{w}.{p}f}".format(2.5, w=8, p=2))
print("{0[-1]}".format({"-1": "string key"}), "{a[0]}".format(a="xyz"))
print("{0.real} {0.imag}".format(3 + 4j), "{.__class__.__name__}".format(5))
print("{!a}".format("caf\u00e9"), "{!r}".format("caf\u00e9"), "{!s:^9}".format("mid"))
print("{0:}|{0!s:}|".format("e"), "x{}y".format(None), "{0}".format(True))
print("{:,}".format(1234567), "{:_b}".format(255), "{:%}".format(0.25), "{:e}".format(12.5))
