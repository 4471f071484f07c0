# accumulate with many functions and initial values, checked against explicit loops.
import operator
from itertools import accumulate

def manual(xs, f=operator.add, initial=None):
    out = []
    total = initial
    if initial is not None:
        out.append(initial)
    for x in xs:
        total = x if total is None else f(total, x)
        out.append(total)
    return out

funcs = [operator.add, operator.mul, operator.sub, max, min, lambda a, b: a * 2 + b]
inputs = [[], [5], [1, 2, 3, 4], [3, -1, 4, -1, 5, -9], list(range(1, 9))]
for f in funcs:
    for xs in inputs:
        for init in [None, 0, 10]:
            got = list(accumulate(xs, f, initial=init))
            assert got == manual(xs, f, init), (xs, init)
        print(len(xs), list(accumulate(xs, f)), list(accumulate(xs, f, initial=100)))
print(list(accumulate(["a", "b", "c"], initial="")))
print(list(accumulate([[1], [2], [3]], operator.add)))
