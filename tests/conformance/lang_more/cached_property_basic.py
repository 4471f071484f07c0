import functools


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @functools.cached_property
    def total(self):
        self.computations += 1
        print("computing total")
        return sum(self.values)

    @functools.cached_property
    def mean(self):
        return self.total / len(self.values)


d = Dataset([1, 2, 3, 4])
print(d.total, d.total, d.computations)
print(d.mean)
print("total" in d.__dict__, d.__dict__["total"])
del d.total
print(d.total, d.computations)
d.total = 100
print(d.total, d.mean)
e = Dataset([10])
print(e.mean, e.computations)
print(type(Dataset.total).__name__)
