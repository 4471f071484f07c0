# itertools documentation recipes written without generators: take, nth, quantify, flatten,
# powerset, grouper, all_equal, unique_justseen, ncycles, dotproduct, tabulate, sliding sums.
import operator
from itertools import (islice, count, chain, combinations, zip_longest, groupby, repeat, starmap,
                       tee, accumulate, cycle, filterfalse, compress, pairwise, product)

def take(n, iterable):
    return list(islice(iterable, n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable([combinations(s, r) for r in range(len(s) + 1)])

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def tabulate(function, start=0):
    return map(function, count(start))

print(take(5, count(10, 3)), nth(range(10), 3), nth(range(3), 7, "none"))
print(quantify([1, 0, 2, 0, 3]), quantify("abcABC", str.isupper))
print(list(flatten([[1, 2], [], [3], (4, 5)])))
print(list(powerset([1, 2, 3])))
print(list(grouper("ABCDEFG", 3, "x")))
print(all_equal("aaaa"), all_equal("aaba"), all_equal(""))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(list(ncycles("ab", 3)), dotproduct([1, 2, 3], [4, 5, 6]))
print(take(4, tabulate(lambda x: x * x)), take(3, tabulate(str, 5)))
print(list(accumulate(range(1, 11), operator.mul)))
print(take(7, cycle("ab")), list(filterfalse(str.isdigit, "a1b2c3")))
print(list(compress(count(), [1, 0, 1, 1, 0, 1])))
print([a + b for a, b in pairwise([1, 4, 9, 16, 25])])
print(["".join(p) for p in product("01", repeat=3)])
print(list(starmap(operator.sub, zip([10, 20, 30], [1, 2, 3]))))
a, b = tee(range(6))
next(b)
print(list(zip(a, b)))
running = list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max))
print(running, list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], min)))
