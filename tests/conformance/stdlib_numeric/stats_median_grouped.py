import statistics

print(statistics.median_grouped([52, 52, 53, 54]))
print(statistics.median_grouped([1, 3, 3, 5, 7]))
print(statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
print(statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.median_grouped([25, 35, 35, 45, 45, 45, 55]), statistics.median_grouped([2.5]))
try:
    statistics.median_grouped([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
