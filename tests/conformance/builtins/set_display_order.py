# Set displays: three or more constants are built as CPython does (an empty set updated from a
# frozenset constant), starred sets merge, for loops iterate the constant frozenset; iteration order shows it.
print({16, 1, 2, 3, 4})
a = 16
print({a, 1, 2, 3, 4})
for x in {16, 1, 2, 3, 4}: print(x, end=' ')
print()
print(set([16, 1, 2, 3, 4]), frozenset([16, 1, 2, 3, 4]), {*[16, 1, 2, 3, 4]}, {16, 1, 2, 3, 4, *[]})
print({x for x in [16, 1, 2, 3, 4]})
print({'a', 'b', 'c', 'd', 'e', 'f', 'g'} == set('abcdefg'))
print(list({16, 1, 2, 3, 4} | {5}), sorted({16, 1}))
s = set([16, 1, 2, 3, 4])
print({*s}, {*s, 5}, {0, *s}, {*{16: 1, 1: 2, 2: 3, 3: 4, 4: 5}})
print([x for x in {16, 1, 2, 3, 4}], list(x for x in {16, 1, 2, 3, 4}), {-16, -1, -2, -3, -4}, {(16, 1), (1,), (2, 3), -0.0, 7.5})
def g():
    for x in {16, 1, 2, 3, 4}:
        yield x
print(list(g()), {~15, -(-16), +1, 2, 3, 4}, {not 0, 16, 2, 3, 4})
print({16, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33})
x = 16
print({x, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33})
