# randrange with positive/negative steps and big bounds across seeds; randint ranges.
import random

for s in range(40):
    random.seed(s)
    r = [random.randrange(0, 100, 5), random.randrange(100, 0, -7), random.randrange(-50, 50, 3),
         random.randrange(10**20, 10**20 + 10), random.randint(-3, 3), random.randrange(1, 2**40, 2)]
    print(s, r)
random.seed(9)
counts = [0] * 6
for _ in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
