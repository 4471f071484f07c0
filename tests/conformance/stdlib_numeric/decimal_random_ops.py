from decimal import Decimal as D, localcontext

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

def rdec():
    digits = "".join(str(rnd(10)) for _ in range(1 + rnd(12)))
    exp = rnd(40) - 20
    sign = "-" if rnd(3) == 0 else ""
    if rnd(6) == 0:
        return D(sign + "0E" + str(exp))
    return D(sign + digits + "E" + str(exp))

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

modes = ['ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_HALF_DOWN', 'ROUND_DOWN', 'ROUND_UP', 'ROUND_FLOOR', 'ROUND_CEILING', 'ROUND_05UP']
for i in range(80):
    a, b = rdec(), rdec()
    with localcontext() as ctx:
        ctx.prec = [28, 5, 9, 3, 16][rnd(5)]
        ctx.rounding = modes[rnd(8)]
        print(i, a, b, ctx.prec, ctx.rounding)
        show("arith", lambda: (a + b, a - b, a * b, a / b))
        show("intdiv", lambda: (a // b, a % b))
        show("sqrt", lambda: abs(a).sqrt())
        show("quantize", lambda: a.quantize(D("1E" + str(rnd(10) - 5))))
        show("pow", lambda: a ** (rnd(7) - 3))
        show("conv", lambda: (int(a), float(a), round(a), round(a, 2), a.normalize(), a.to_integral_value()))
        show("fmt", lambda: (format(a, '.3f'), format(a, ',.2f'), format(a, 'e'), format(a, '.4g'), a.to_eng_string()))
