# Operators applied to strings, lists and tuples.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "x" * -2)
print([1, 2] + [3], [1] * 3, (1, 2) + (3,), (0,) * 4)
print("b" in "abc", "bc" in "abc", "" in "abc", "d" not in "abc")
print([1] in [[1], [2]], 1 in [[1]], (1, 2) in [(1, 2)])
print("abc" == "abc", "abc" != "xyz")
print("abc"[1] + "abc"[-1], "abc"[::-1] * 2)
s = "ab"
s += "c"
s *= 2
print(s)
lst = [[]] * 3
lst[0].append(1)
print(lst)
print(["x"] * 2 + ["y"] * 2)
print(max("abc", "abd"), min([3, 1], [2, 9]))
print(bool("" + ""), bool(" "))
