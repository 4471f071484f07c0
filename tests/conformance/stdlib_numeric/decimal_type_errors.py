from decimal import Decimal as D

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: D(1) + 1.5)
show(lambda: 1.5 + D(1))
show(lambda: D(1) * 2.0)
show(lambda: D(2) ** 0.5)
show(lambda: D(1) + "1")
show(lambda: D(1) + None)
show(lambda: D([1, 2]))
show(lambda: D(None))
show(lambda: D(1) < 2.5)
show(lambda: D(1.5) == 1.5)
