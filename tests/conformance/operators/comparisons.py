# Comparison operators, chained comparisons, in/is.
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1.0)
print(1 < 2 > 0, 0 < 5 <= 5 < 6)
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 != 6)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 3], [2] > [1, 100])
print((1, "b") < (1, "c"), (0,) < (0, 0), () < (0,))
print([1, 2] == [1, 2], (1, 2) == [1, 2], [1, [2, 3]] == [1, [2, 3]])
print("apple" < "banana", "Apple" < "apple", "abc" < "abcd", "b" > "abc")
print({1: 2} == {1: 2}, {1, 2} == {2, 1}, {1: 2} != {1: 3})
print(3 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "k" in {"k": 1})
print(2 in (1, 2), 2 in {2}, 2 in range(5), 5 in range(5))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True)
print(1 == True, 0 == False, 2 == True)
print(1.0 == 1, 0.1 + 0.2 == 0.3, 2 ** 53 == 2.0 ** 53)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23)
print(float("inf") > 10 ** 400)
print(-0.0 == 0, [0.0] == [-0.0])
print(max([3, 1, 2]) == 3 > 2)
print((1, 2, 3) > (1, 2), [[1], [2]] < [[1], [3]])
