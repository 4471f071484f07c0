# StopIteration from next() on an exhausted iterator, uncaught.
it = iter([1, 2])
print(next(it))
print(next(it))
print("iterator exhausted, calling next again")
print(next(it))
