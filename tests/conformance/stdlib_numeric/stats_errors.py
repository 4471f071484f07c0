import statistics

print(issubclass(statistics.StatisticsError, ValueError), statistics.StatisticsError.__name__)
funcs = [statistics.mean, statistics.fmean, statistics.median, statistics.median_low, statistics.median_high, statistics.mode,
         statistics.variance, statistics.pvariance, statistics.stdev, statistics.pstdev, statistics.harmonic_mean, statistics.geometric_mean]
for f in funcs:
    try:
        print(f.__name__, f([]))
    except statistics.StatisticsError as e:
        print(f.__name__, type(e).__name__, e)
try:
    statistics.mean([])
except ValueError as e:
    print("caught as ValueError:", e)
try:
    raise statistics.StatisticsError("custom")
except statistics.StatisticsError as e:
    print(repr(e))
