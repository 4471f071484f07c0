# Sets and frozensets (small ints only; strings through sorted()).
s = {3, 1, 2}
print(s, len(s))
s.add(4)
s.add(2)
print(s)
s.discard(10)
s.remove(1)
print(s)
print(2 in s, 1 in s)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b)
print(a <= b, {3} <= a, {3} < a, a >= {1})
print(set(), set([1, 1, 2]))
f = frozenset([5, 6, 5])
print(f, len(f))
print(frozenset(), f | {7})
print({frozenset([1]): "x"}[frozenset([1])])
words = {"pear", "apple", "fig", "apple"}
print(sorted(words), len(words))
print(sorted({c for c in "hello"}))
print({1, 2} == {2, 1}, {1} != {1, 2})
print(sorted({-5, 10, 0, 3}))
empty = set()
print(bool(empty), empty)
print(set(range(5)))
print({x % 3 for x in range(10)})
print(set([1, 2]) == frozenset([1, 2]))
t = {0, 1, 2}
t.update([3, 4])
print(t)
t.clear()
print(t)
