import statistics

for data in [[1, 3, 5], [1, 3, 5, 7], [5, 1, 3, 2], [2.5, 1.0], [7], ["d", "a", "c", "b"], [1, 1, 2, 2]]:
    print(data, statistics.median_low(data), statistics.median_high(data))
for f in (statistics.median_low, statistics.median_high):
    try:
        f([])
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
