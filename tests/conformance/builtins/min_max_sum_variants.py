# min/max/sum with multiple argument styles and keys.
print(max(1, 5, 3), min(1, 5, 3), max([1, 5, 3]), min((1, 5, 3)))
print(max("apple", "banana", "cherry"), max(["apple", "banana", "cherry"], key=len))
print(min([], default=None), max([], default=0), max([7], default=0))
print(max([1, 2, 3], key=lambda x: -x), min("hello", key=lambda c: ord(c)))
print(max([(1, "z"), (2, "a"), (2, "b")]), min([[3], [1, 9], [1, 2]]))
print(max([3, 3.0]), max([3.0, 3]), min([-0.0, 0]), min([0, -0.0]))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.values()))
d = {"a": 3, "b": 7, "c": 5}
print(max(d, key=d.get), min(d, key=lambda k: d[k]))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.5, 0.25]), sum([]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(range(1, 101)), sum([x * x for x in range(10)]))
print(sum([10 ** 20, 1, -10 ** 20]), sum([1e20, 1, -1e20]))
words = ["kiwi", "fig", "banana", "pear"]
print(max(words, key=len), min(words, key=len), max(words), min(words))
