# gauss / normalvariate / expovariate / uniform over many seeds (bit-exact float reprs).
import random

for s in range(60):
    random.seed(s)
    vals = [random.gauss(), random.gauss(10, 2), random.normalvariate(5, 0.1), random.expovariate(0.5), random.uniform(-1, 1)]
    if s % 6 == 0:
        print(s, [repr(v) for v in vals])
    else:
        print(s, repr(sum(vals)))
