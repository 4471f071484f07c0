# chain, chain.from_iterable, accumulate (func, initial), compress, starmap, pairwise.
import operator
from itertools import chain, accumulate, compress, starmap, pairwise, islice, count

print(list(chain()))
print(list(chain([1, 2], (3,), "ab", range(2))))
print(list(chain([], [], [5])))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(chain.from_iterable(["ab", "cd"])))
print(list(islice(chain.from_iterable(map(range, count())), 10)))
c = chain([1], [2])
print(next(c), next(c), next(c, "done"))

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)))
print(list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b)))
print(list(accumulate([1, 2], None)))
print(list(accumulate(iterable=[1, 2], func=operator.sub, initial=10)))
print(list(accumulate([[1], [2]])))
print(list(accumulate([1.5, 2.5, 3])))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [1, 1])))
print(list(compress(range(10), [0, 1] * 5)))
print(list(compress(data=[1, 2, 3], selectors=[True, False, "x"])))
print(list(compress(count(), [0, 0, 1, 1])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(operator.add, [[1, 2], [3, 4]])))
print(list(starmap(lambda *a: len(a), [(), (1,), (1, 2, 3)])))
print(list(starmap(max, ["ab", "zy"])))

print(list(pairwise("ABCDE")))
print(list(pairwise([1])))
print(list(pairwise([])))
print(list(pairwise(range(4))))
print(list(islice(pairwise(count()), 3)))

def check(f, *args, **kw):
    try:
        print(list(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(chain, 1)
check(chain, [1], 2)
check(chain, x=1)
check(chain.from_iterable, 5)
check(chain.from_iterable, [5])
check(accumulate)
check(accumulate, 5)
check(accumulate, [1, 2], None, 3)
check(accumulate, [1, "a"])
check(accumulate, [1], x=3)
check(compress, [1])
check(compress, 1, [1])
check(compress, [1], [1], [2])
check(starmap, len)
check(starmap, len, [1])
check(starmap, len, [1], x=1)
check(pairwise, 1)
check(pairwise)
check(pairwise, [1], x=1)
