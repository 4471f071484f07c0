import statistics

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance(data))
m = statistics.mean(data)
print(statistics.variance(data, m))
print(repr(statistics.variance([1, 2, 3, 4])), repr(statistics.variance([1, 2, 3])), repr(statistics.variance([2, 4, 4, 4, 5, 5, 7, 9])))
print(statistics.variance([0.1, 0.2, 0.3, 0.4]))
print(statistics.variance([1e9 + 1, 1e9 + 2, 1e9 + 3]))
print(statistics.variance(range(20)), statistics.variance([5, 5, 5]))
try:
    statistics.variance([1])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
