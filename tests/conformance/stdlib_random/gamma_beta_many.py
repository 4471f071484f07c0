# gammavariate (all three alpha regimes) and betavariate over many seeds.
import random

for s in range(40):
    random.seed(1000 + s)
    g = [random.gammavariate(0.3, 1.0), random.gammavariate(1.0, 2.0), random.gammavariate(4.5, 0.5)]
    b = [random.betavariate(0.5, 0.5), random.betavariate(2, 8)]
    print(s, [repr(x) for x in g], [repr(x) for x in b])
