# reduce over many operators and initial values, including non-numeric folds.
from functools import reduce
import operator

for op in [operator.add, operator.mul, operator.sub, operator.floordiv, max, min, operator.xor, operator.or_]:
    print(op.__name__, reduce(op, [100, 7, 3, 2]), reduce(op, [5], 1), reduce(op, [], 42), reduce(op, range(1, 6), 1000))
print(reduce(lambda d, kv: {**d, kv[0]: kv[1]}, [("a", 1), ("b", 2), ("a", 3)], {}))
print(reduce(lambda acc, ch: ch + acc, "stressed"))
print(reduce(lambda a, b: a if len(a) >= len(b) else b, ["x", "yyy", "zz", "www"]))
print(reduce(operator.concat, [[1], [2, 3], []], []))
print(reduce(lambda a, b: a * 10 + b, map(int, "20240131")))
print(reduce(operator.and_, [{1, 2, 3}, {2, 3}, {3, 4}]))
