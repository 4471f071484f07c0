import statistics

print(statistics.multimode('aabbbbbbbbcc'))
print(statistics.multimode('aabbbbccddddeeffffgg'))
print(statistics.multimode(''))
print(statistics.multimode([1, 2, 3]))
print(statistics.multimode([3, 3, 1, 1, 2]))
print(statistics.multimode(iter([5, 5, 4, 4, 4, 5])))
