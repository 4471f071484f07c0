from array import array

a = array('i', [1, 2, 3])
b = array('i', [4, 5])
print(a + b)
print(a * 2, 2 * a, a * 0)
c = array('i', [1])
c += b
print(c)
c *= 3
print(c)
print(a == array('i', [1, 2, 3]), a != b)
print(a == array('d', [1.0, 2.0, 3.0]))
print(a == [1, 2, 3])
print(a < b, a > b, a <= a, array('i', [1, 2]) < a)
print(2 in a, 7 in a, 2.0 in a)
print([x * 10 for x in a])
print(sum(a), max(a), min(a), sorted(array('i', [3, 1, 2])))
print(list(reversed(a)))
for label, func in [('add list', lambda: a + [1]), ('add kind', lambda: a + array('d')),
                    ('mul float', lambda: a * 1.5)]:
    try:
        print(label, func())
    except TypeError as e:
        print(label, type(e).__name__, e)
try:
    a += [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a += array('h', [4])
except TypeError as e:
    print(type(e).__name__, e)
print(a)
