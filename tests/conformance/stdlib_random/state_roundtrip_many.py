# getstate/setstate round trips at many points of the stream, including mid-gauss pairs.
import random

ok = 0
for s in range(40):
    random.seed(s)
    for _ in range(s * 3):
        random.random()
    if s % 2:
        random.gauss()
    st = random.getstate()
    a = [random.random() for _ in range(10)] + [random.gauss() for _ in range(3)]
    random.setstate(st)
    b = [random.random() for _ in range(10)] + [random.gauss() for _ in range(3)]
    ok += a == b
    if s % 10 == 0:
        print(s, st[1][-1], st[2] is None, repr(a[0]))
print("ok", ok)
