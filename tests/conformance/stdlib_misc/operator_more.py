# operator functions as keys and reducers over many values; itemgetter/attrgetter in sorting.
import operator
from functools import reduce

nums = [3, -7, 2, 9, -1, 0, 5]
for name in ["add", "sub", "mul", "floordiv", "mod", "pow", "and_", "or_", "xor", "lshift", "rshift", "lt", "le", "eq", "ne", "gt", "ge"]:
    f = getattr(operator, name)
    out = []
    for a in nums[:4]:
        for b in [1, 2, 3]:
            out.append(f(a, b))
    print(name, out)
print([operator.neg(x) for x in nums], [operator.invert(x) for x in nums], [operator.truth(x) for x in nums])
print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ["a", "b", "c"]))
table = [{"n": "x", "v": 3}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print(sorted(table, key=operator.itemgetter("v")), max(table, key=operator.itemgetter("v"))["n"])
print(sorted(["banana", "Apple", "cherry"], key=operator.methodcaller("lower")))
print(list(map(operator.itemgetter(0, -1), ["abc", "de", "f"])))
print(operator.countOf("mississippi", "s"), operator.indexOf([5, 6, 7], 7), operator.contains(range(10), 5))
