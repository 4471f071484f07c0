# zip_longest for many input shapes and fill values.
from itertools import zip_longest

shapes = [[], [1], [1, 2], [1, 2, 3]]
for a in shapes:
    for b in shapes:
        print(a, b, list(zip_longest(a, b)), list(zip_longest(a, b, fillvalue="-")))
print(list(zip_longest("ab", "cde", "f", fillvalue=0)))
print(list(zip_longest(range(3), iter("xy"), [None])))
print(dict(zip_longest("abc", [1])))
