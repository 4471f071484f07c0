import statistics

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y))
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.covariance(z, y), statistics.covariance(x, z))
print(statistics.correlation(x, x), statistics.correlation(x, z), statistics.correlation(x, y))
for bad in [lambda: statistics.covariance([1], [2]), lambda: statistics.covariance([1, 2], [1]), lambda: statistics.correlation([1, 1], [1, 2])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
