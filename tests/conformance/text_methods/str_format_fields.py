# str.format: automatic/manual numbering, keywords, attribute and index fields, conversions.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"
    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"
p = Point(1, 2)
data = {"key": "value", "n": [10, 20, 30], "nested": {"deep": "x"}, 1: "int-key"}
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0} and {who}".format("me", who="you"))
print("{0.x} {0.y} {p.x}".format(p, p=p), "{0!r} {0!s} {0!a}".format(p), "{!r:>12}|".format("é"), "{!a}".format("é😀"))
print("{0[key]} {0[n][1]} {0[nested][deep]} {0[1]}".format(data), "{d[n][2]}".format(d=data), "{0[0]}{0[2]}".format("abc"))
print("{0[1]}".format([5, 6]), "{0[-1]}".format({"-1": "str key"}), "{x[0].x}".format(x=[p]))
print("{{}} {{{0}}} {{0}}".format(7), "}}{{", "{:}".format(5), "{0:}|{1!s:}".format(1, 2))
print("{:>{}}|{:{}{}}|{:.{prec}f}".format("x", 5, "y", "^", 5, 3.14159, prec=2))
print("{0:{1}.{2}}".format(2.718281828, 10, 3), "{:{fill}{align}{width}}".format("z", fill="*", align="^", width=7))
print("{0:{1}}".format(12, "08b"), "{!s:{}}".format(3, 4) + "|")
