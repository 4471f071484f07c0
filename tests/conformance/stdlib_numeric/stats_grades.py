import statistics

scores = {"ann": [88, 92, 79, 93], "bob": [75, 85, 80, 70], "cy": [100, 95, 98, 99], "dee": [60, 72, 68, 75]}
for name, s in scores.items():
    print(f"{name:>4} mean={statistics.mean(s)} median={statistics.median(s)} stdev={statistics.stdev(s):.4f} pvar={statistics.pvariance(s)}")
allv = [v for s in scores.values() for v in s]
print(statistics.mean(allv), statistics.median(allv), statistics.mode(allv), statistics.quantiles(allv))
print(round(statistics.stdev(allv), 6), round(statistics.fmean(allv), 6))
