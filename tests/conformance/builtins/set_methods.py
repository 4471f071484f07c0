# Common set methods and operators (small ints only).
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7], (8,)), a.intersection(range(3)))
print({1, 2}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({9}), a.isdisjoint(b))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a)
s = set()
s.add(3)
s.add(1)
s.add(3)
print(s, len(s))
s.discard(3)
s.discard(100)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
s.update([5, 6], {7})
print(s)
c = a.copy()
c.intersection_update(b)
print(c)
c = a.copy()
c.difference_update({1})
print(c)
c = a.copy()
c.symmetric_difference_update({1, 10})
print(c)
c |= {20}
c &= {2, 3, 20}
c -= {3}
c ^= {99}
print(c)
p = {42}
print(p.pop(), p)
f = frozenset([1, 2, 3])
print(f.union({4}), f & {2, 9}, type(f | {4}).__name__, type({4} | f).__name__)
print(sorted(set("abracadabra")), len(set("abracadabra")))
print(set([1, 2]) == {2, 1}, {1, 2} != {1})
print(sorted({-1, 5, -10, 3}), min({4, 2, 8}), max({4, 2, 8}), sum({1, 2, 3}))
