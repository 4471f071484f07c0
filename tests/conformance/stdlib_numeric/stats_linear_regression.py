import statistics

year = [1971, 1975, 1979, 1982, 1983]
films_total = [1, 2, 3, 4, 5]
slope, intercept = statistics.linear_regression(year, films_total)
print(slope, intercept, round(slope * 2019 + intercept))
r = statistics.linear_regression([1, 2, 3, 4], [2, 4, 6, 8.5])
print(r, r.slope, r.intercept, type(r).__name__)
print(statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(statistics.linear_regression([0.5, 1.5, 2.5], [1, 0, -1]))
for bad in [lambda: statistics.linear_regression([1], [2]), lambda: statistics.linear_regression([1, 2], [1]), lambda: statistics.linear_regression([3, 3, 3], [1, 2, 3])]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
