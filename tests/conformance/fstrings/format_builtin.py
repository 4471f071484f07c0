# format() builtin and str.format.
print(format(3.14159, ".2f"), format(42, "05d"), format("hi", ">5"), format(255, "x"))
print(format(1234567, ","), format(0.5, "%"), format(12, "b"), format(7))
print(repr(format(None)), format([1, 2]), format(True))
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"))
print("{:.3f} {:,} {:+d} {:e}".format(2.71828, 9876543, 5, 0.001))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print("{!r} {!s}".format("x", "y"))
print("{{}} {}".format("braces"))
print("{:{}}|".format("w", 5))
print("{:*^{w}}".format("mid", w=9))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print("{p.x},{p.y}".format(p=Pt(3, 4)))
row = ("apple", 3, 1.5)
print("{:<10}{:>5}{:>8.2f}".format(*row))
data = {"a": 1, "b": 2}
print("{a}+{b}".format(**data))
print(format(-12, "+"), format(12, " "), format(-0.0, "f"))
print(format(10 ** 25, "e"), format(10 ** 25, ",d"))
print(format(1.0, ""), format(1e20, ""), format(1e-20, ""))
print(format(0.1, ".1g"), format(0.15, ".1g"), format(1234, "g"))
print(str.format("{}-{}", 1, 2))
