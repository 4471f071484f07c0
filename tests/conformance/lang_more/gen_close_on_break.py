def numbers(n):
    try:
        for i in range(n):
            print("yield", i)
            yield i
    finally:
        print("numbers cleanup")


for x in numbers(10):
    if x == 2:
        print("breaking")
        break
print("after loop")

for x in numbers(2):
    pass
print("after full loop")

total = 0
for x in numbers(5):
    total += x
    if total > 3:
        break
print("total", total)
