import statistics

data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print([round(q, 1) for q in statistics.quantiles(data, n=10)])
print(statistics.quantiles(data))
print(statistics.quantiles(data, n=4, method='inclusive'))
print(statistics.quantiles([1, 2], n=3), statistics.quantiles([1.5, 2.5, 10.0], n=2))
print(statistics.quantiles(range(1, 11), n=5), statistics.quantiles(range(1, 11), n=5, method='inclusive'))
print(statistics.quantiles([3, 1, 2], n=1))
for bad in [lambda: statistics.quantiles([1], n=4), lambda: statistics.quantiles([1, 2, 3], n=0)]:
    try:
        bad()
    except statistics.StatisticsError as e:
        print("StatisticsError", e)
try:
    statistics.quantiles([1, 2, 3], method='bogus')
except ValueError as e:
    print("ValueError", e)
