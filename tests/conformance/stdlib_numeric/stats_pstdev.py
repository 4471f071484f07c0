import statistics

print(statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), statistics.pstdev([1, 2, 3, 4]), statistics.pstdev([5]))
print(statistics.pstdev([0.1, 0.2, 0.3]), statistics.pstdev(range(1, 1001)))
print(statistics.pstdev([1, 2, 3], mu=2))
try:
    statistics.pstdev([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
