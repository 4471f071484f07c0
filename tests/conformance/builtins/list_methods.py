# Common list methods.
a = [3, 1, 4]
a.append(1)
print(a)
a.extend([5, 9])
a.extend("ab")
print(a)
a.insert(0, "start")
a.insert(100, "end")
a.insert(-1, "before end")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a)
print(a.index(4), a.count(1), a.count(99))
nums = [5, 2, 8, 1, 9, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
records = [("x", 3), ("y", 1), ("z", 3), ("w", 1)]
records.sort(key=lambda r: r[1])
print(records)
b = nums.copy()
b.append(100)
print(nums, b)
b.clear()
print(b, len(b))
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].index(7)
except ValueError as e:
    print("ValueError:", e)
print(nums.sort() is None, sorted(nums) is not nums)
stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
