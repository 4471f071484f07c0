from fractions import Fraction as F

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: F(3, 4) / 0)
show(lambda: F(3, 4) / F(0))
show(lambda: F(-6, 5) / 0)
show(lambda: 5 / F(0))
show(lambda: F(3, 4) // 0)
show(lambda: F(3, 4) % 0)
show(lambda: divmod(F(3, 4), 0))
show(lambda: F(0) ** -1)
show(lambda: F(3, 4) / 0.0)
show(lambda: 1 % F(0))
