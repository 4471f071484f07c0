import statistics

data = [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]
print(statistics.pvariance(data))
mu = statistics.mean(data)
print(statistics.pvariance(data, mu))
print(repr(statistics.pvariance([1, 2, 3, 4])), repr(statistics.pvariance([1, 2, 3])), repr(statistics.pvariance([7])))
print(statistics.pvariance([0.1, 0.2, 0.3, 0.4]), statistics.pvariance(range(1, 11)))
try:
    statistics.pvariance([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
