import statistics

for data in [[1, 2, 3], [1, 2, 3, 4], [1.5, 2.5, 2.5, 2.75, 3.25, 4.75], [0.1, 0.2, 0.3], [10**20, 1], [-1, 1], [True, False, True], range(10), (7,), [1, 2.5]]:
    m = statistics.mean(data)
    print(list(data)[:6], repr(m), type(m).__name__)
print(statistics.mean(x * 0.1 for x in range(11)))
print(statistics.mean([1e308, 1e308]))
print(statistics.mean([float('inf'), 1]))
print(statistics.mean([3, 3, 3, 4]))
