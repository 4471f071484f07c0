# Short-circuit evaluation order with side effects.
log = []
def v(x):
    log.append(x)
    return x
result = v(0) and v(1)
print(result, log)
log.clear()
result = v(1) and v(0) and v(2)
print(result, log)
log.clear()
result = v("") or v([]) or v("found") or v("skipped")
print(result, log)
log.clear()
result = v(1) if v(0) else v(2)
print(result, log)
log.clear()
result = [v(1), v(2)][v(1)]
print(result, log)
log.clear()
result = v(1) < v(2) < v(0) < v(3)
print(result, log)
log.clear()
result = v(1) + v(2) * v(3)
print(result, log)
log.clear()
d = {v("k1"): v("v1"), v("k2"): v("v2")}
print(d, log)
log.clear()
def args(*a):
    return a
print(args(v("a"), v("b"), v("c")), log)
log.clear()
x = [0, 0, 0]
x[v(1)] = v(9)
print(x, log)
log.clear()
print(not v(0) or v("never"), log)
