import statistics

print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]))
print(statistics.mode(["red", "blue", "blue", "red", "green", "red", "red"]))
print(statistics.mode(['red', 'red', 'green', 'blue', 'blue']))
print(statistics.mode([2, 1, 1, 2]), statistics.mode("abracadabra"), statistics.mode([1.5, 2.5, 2.5]))
print(statistics.mode([(1, 2), (1, 2), (3, 4)]))
print(statistics.mode([1, 1.0, True, 2, 2]))
try:
    statistics.mode([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
try:
    statistics.mode([[1], [1]])
except TypeError as e:
    print("TypeError", e)
