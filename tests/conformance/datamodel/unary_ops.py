class Num:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Num(-self.v)

    def __pos__(self):
        return Num(+self.v if self.v >= 0 else self.v)

    def __abs__(self):
        return Num(abs(self.v))

    def __invert__(self):
        return Num(~self.v)

    def __repr__(self):
        return f"Num({self.v})"

    def __round__(self, n=None):
        return Num(round(self.v, n) if n is not None else round(self.v))

    def __trunc__(self):
        return int(self.v)

    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"


n = Num(5)
print(-n, +n, abs(Num(-3)), ~n)
print(-(-n))
print(round(Num(2.567), 2), round(Num(2.5)))
import math
print(math.trunc(Num(3.9)), math.floor(Num(1)), math.ceil(Num(1)))


class Nothing:
    pass


for op in ["-", "+", "~", "abs"]:
    try:
        if op == "-":
            -Nothing()
        elif op == "+":
            +Nothing()
        elif op == "~":
            ~Nothing()
        else:
            abs(Nothing())
    except TypeError as e:
        print("TypeError:", e)

try:
    round(Nothing())
except TypeError as e:
    print("TypeError:", e)

print(-True, +False, ~True, abs(-2.5), -(3 + 4j))


class NegStr:
    def __neg__(self):
        return "negated"

print(-NegStr())
print(not NegStr())
