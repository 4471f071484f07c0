from array import array

readings = array('d', [12.5, 13.0, 11.75, 14.25, 15.5, 9.0])
total = 0.0
for r in readings:
    total += r
print('total', total, 'mean', total / len(readings))
window = 3
averages = array('d')
for i in range(len(readings) - window + 1):
    chunk = readings[i:i + window]
    averages.append(sum(chunk) / window)
print(averages)
counts = array('L', [0] * 5)
for value in [1, 3, 3, 4, 0, 1, 1]:
    counts[value] += 1
print(counts, counts.tolist())
squares = array('q', [n * n for n in range(10)])
print(squares, squares.index(49), 50 in squares)
evens = array('q', [x for x in squares if x % 2 == 0])
print(evens)
it = iter(array('b', [1, 2]))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('done')
grow = array('i', [1])
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
print(dict(zip('abc', array('i', [1, 2, 3]))))
print(list(enumerate(array('h', [5, 6]))))
