# enumerate and zip in depth.
names = ["ann", "bob", "cid"]
ages = [30, 25, 35]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=100):
    print(i, name)
for name, age in zip(names, ages):
    print(f"{name} is {age}")
print(list(zip(names, ages, "xyz")))
print(list(zip(names, [1])))
print(list(zip()))
pairs = list(zip(names, ages))
unzipped_names, unzipped_ages = zip(*pairs)
print(unzipped_names, unzipped_ages)
print(dict(zip(names, ages)))
print(list(enumerate(zip("ab", "cd"))))
for i, (a, b) in enumerate(zip([1, 2], [3, 4])):
    print(i, a + b)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print(list(enumerate("")), list(enumerate([None])))
print(max(zip(ages, names)), min(zip(ages, names)))
