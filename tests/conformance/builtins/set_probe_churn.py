# Sets under add/remove churn: clustered int keys (hash(n) == n), negative keys, keys with equal
# hashes (1, 1.0, True), dummies left by removals, resizes, copies, clear() and pop(). Every
# lookup of a present and an absent key, and the iteration order, must match CPython's.
s = set()
log = []
for round_ in range(40):
    for k in range(-12, 24):
        if (k * 7 + round_) % 5 < 2:
            s.add(k)
        elif k in s:
            s.remove(k)
    present = [k for k in range(-40, 60) if k in s]
    log.append((len(s), sum(present), present[:3]))
print(log[-5:])
print(sorted(s), list(s))

t = {1, 2, 3}
t.discard(1)
t.add(1.0)
print(t, 1 in t, True in t, 1.0 in t, 0 in t)
t.add(True)
print(t, len(t))

# Many removals, then lookups that cross the dummies.
u = set(range(100))
for k in range(0, 100, 3):
    u.remove(k)
print(len(u), [k for k in range(-5, 110) if k in u][:10], 99 in u, 0 in u, 105 in u)
for k in range(200, 260):
    u.add(k)
print(len(u), list(u)[:12], 255 in u, 260 in u)

# Copies, unions and clear keep lookups right.
v = u.copy()
w = set()
w |= u
print(v == u, w == u, all(k in v and k in w for k in u), any(k in v for k in range(300, 400)))
v.clear()
print(v, 5 in v)
v.update([5, 37, 69, 101])  # equal low bits: one cluster
print(list(v), [k in v for k in (5, 37, 69, 101, 133)])
while v:
    print(v.pop(), end=" ")
print()

# Strings and tuples.
words = {"a", "b", "c"}
for i in range(50):
    words.add("w%d" % i)
    if i % 2:
        words.discard("w%d" % (i - 1))
print(len(words), sorted(words)[:6], "w49" in words, "w48" in words, "w0" in words)
pairs = {(i, i + 1) for i in range(20)}
pairs -= {(i, i + 1) for i in range(0, 20, 2)}
print(len(pairs), (3, 4) in pairs, (2, 3) in pairs, frozenset(pairs) == pairs)
