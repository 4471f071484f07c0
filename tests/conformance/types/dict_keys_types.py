# Dict keys of different hashable types; equality of 1, 1.0 and True as keys.
d = {}
d[1] = "int one"
d[1.0] = "float one"
d[True] = "bool true"
print(d, len(d))
d2 = {0: "zero", False: "false", 0.0: "float zero"}
print(d2)
mixed = {None: 0, (1, 2): 1, "s": 2, 3.5: 3, -1: 4, frozenset([1]): 5, b"b": 6}
for k, v in mixed.items():
    print(repr(k), v)
print(mixed[(1, 2)], mixed[frozenset([1])], mixed[b"b"], mixed[None])
big = {2 ** 100: "big", -(2 ** 100): "negative big"}
print(big[2 ** 100], big[-(2 ** 100)])
print({(1, (2, 3)): "nested tuple"}[(1, (2, 3))])
try:
    {[1]: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, [2]): 1}
except TypeError as e:
    print("TypeError:", e)
order = {}
for k in [3, 1, 2, 1, 3]:
    order[k] = order.get(k, 0) + 1
print(order, list(order))
order.pop(3)
order[3] = "re-added"
print(order)
