import statistics

print(round(statistics.geometric_mean([54, 24, 36]), 1))
print(statistics.geometric_mean([54, 24, 36]))
print(statistics.geometric_mean([1, 10, 100]), statistics.geometric_mean([2.0, 8.0]), statistics.geometric_mean([4]))
for bad in [[], [1, 0], [1, -2]]:
    try:
        statistics.geometric_mean(bad)
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
