# chain and chain.from_iterable over many nested shapes, compared with list concatenation.
from itertools import chain, islice

shapes = [[], [[]], [[1]], [[1, 2], [3]], [[], [4], []], ["ab", "c"], [range(3), (9,), "z"]]
for s in shapes:
    flat = []
    for part in s:
        flat.extend(part)
    print(s, list(chain(*s)), list(chain.from_iterable(s)), list(chain(*s)) == flat)
print(list(islice(chain.from_iterable([range(i) for i in range(10)]), 12)))
print(sum(chain([1, 2], [3], range(4, 11))), "".join(chain("abc", ["d", "e"])))
