# Comprehensions over range(): a long counter while the bounds are longs (Pyrolyn), the general
# loop for big-int bounds, reversed and empty ranges, and bodies that read the variable twice,
# capture it, or index with it.
flags = [i % 3 == 0 for i in range(20)]
print([i for i in range(20) if flags[i]])
print({i: i * i for i in range(-5, 5, 2)}, {i % 4 for i in range(10, 0, -1)})
print([i for i in range(2**62, 2**62 + 3)], [i for i in range(10**20, 10**20 + 2)])
print([i for i in range(9223372036854775800, 9223372036854775807, 3)])
print([flags[i] for i in range(0)], [x for x in range(5) if x > 2])
def f(n):
    return [i * 2 for i in range(n) if i % 2]
print(f(9), sum([i for i in range(1000)]))
try:
    print([i for i in range(3.5)])
except TypeError as e:
    print(e)
print([(i, i) for i in range(3)], [lambda: i for i in range(2)][1](), [[i] * i for i in range(4)])
data = list(range(100, 110))
print([data[i] for i in range(len(data)) if data[i] % 3], {data[i]: i for i in range(-3, 0)})
print([i for i in range(10, 0, -3)], [i for i in range(0, 10, 4)], len([0 for _ in range(100000)]))


def shadow():
    range = lambda n: ["not", "range"][:n]
    return [r for r in range(2)]


print(shadow())
