import statistics
from fractions import Fraction as F
from decimal import Decimal as D

state = 4242
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for i in range(40):
    n = 2 + rnd(8)
    kind = rnd(4)
    if kind == 0:
        data = [rnd(100) - 30 for _ in range(n)]
    elif kind == 1:
        data = [(rnd(10000) - 3000) / 7 for _ in range(n)]
    elif kind == 2:
        data = [F(rnd(100), 1 + rnd(9)) for _ in range(n)]
    else:
        data = [D(rnd(10000) - 2000) / D(100) for _ in range(n)]
    print("data", data)
    for fn in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'mode', 'multimode', 'variance', 'pvariance', 'stdev', 'pstdev', 'harmonic_mean', 'geometric_mean', 'quantiles']:
        show(fn, lambda: getattr(statistics, fn)(data))
    show("quantiles_inclusive", lambda: statistics.quantiles(data, n=5, method='inclusive'))
