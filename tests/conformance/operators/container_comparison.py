# Lexicographic comparison of lists and tuples; equality of containers.
pairs = [
    ([1, 2, 3], [1, 2, 4]),
    ([1, 2], [1, 2, 0]),
    ([], [0]),
    ([3], [1, 9, 9]),
    ((1, "a"), (1, "b")),
    ((2,), (1, 100)),
    ([[1, 2], [3]], [[1, 2], [2]]),
    (["abc"], ["abd"]),
]
for a, b in pairs:
    print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([[3, 1], [1, 2, 3], [1, 2], [], [2]]))
print(sorted([(1, 2), (1,), (0, 5), (1, 1, 1)]))
print(max(["b", "ab", "abc"]), min([(2, 1), (1, 5)]))
print([1, 2] == (1, 2), list((1, 2)) == [1, 2])
print({"a": [1, 2]} == {"a": [1, 2]})
print([float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n])
print((1, 2, 3) < (1, 2, 3.5), [1.0] == [1])
print("abc" < "abd" < "b")
