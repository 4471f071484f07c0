import statistics

print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.stdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.stdev([1, 2, 3, 4]), statistics.stdev([1, 1, 1]))
print(statistics.stdev([0.1, 0.2, 0.3, 0.4, 0.5]), statistics.stdev(range(100)))
print(statistics.stdev([10**12, 10**12 + 1, 10**12 + 2]))
print(statistics.stdev([1, 2, 3], 2), statistics.stdev([1, 2, 3], xbar=2.5))
try:
    statistics.stdev([1.0])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
