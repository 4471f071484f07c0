# triangular, vonmisesvariate, lognormvariate, paretovariate, weibullvariate over many seeds.
import random

for s in range(50):
    random.seed(s * 3 + 1)
    v = [random.triangular(0, 1, 0.2), random.triangular(5, -5), random.vonmisesvariate(s / 10, 2.0),
         random.lognormvariate(0, 0.25), random.paretovariate(2.5), random.weibullvariate(2, 3)]
    print(s, [repr(x) for x in v])
