# str.format with nested replacement fields in specs and __format__ interplay.
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
w = max([len(r[0]) for r in rows])
for name, price, qty in rows:
    print("{0:<{w}} {1:>{pw}.{pp}f} {2:{qa}{qw}d}".format(name, price, qty, w=w, pw=8, pp=2, qa=">", qw=5))
for width in range(3, 8):
    print("[{:^{}}]".format("ab", width), "[{:*>{width}}]".format(1, width=width), "[{0:{1}}]".format("q", width))
print("{:{}{}{}}".format(42, "+", "0", "8"), "{:#{}x}".format(255, 10), "{0:{1}{2}}".format(3.5, ".", "3e"))
print("{:%}".format(0.25), "{:,}".format(10 ** 9), "{:_b}".format(255), "{:e}".format(12345), "{:=^10}".format("mid"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
print("{}|{:10.1f}|{m:>{w}}".format(Money(3), Money(2.25), m=Money(1), w=3))
print(f"{'nested':>{w + 2}}|{3.14159:.{2}f}|{rows[0][0]!r:^12}")
