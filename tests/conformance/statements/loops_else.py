# while/else, for/else, break, continue, pass.
for n in [7, 9, 11, 15]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished normally")

i = 0
while True:
    i += 1
    if i > 3:
        break
    print("loop", i)
else:
    print("never printed")

for x in []:
    print("no")
else:
    print("empty for runs else")

count = 0
while count < 3:
    count += 1
else:
    print("count", count)

for i in range(3):
    pass
print("after pass", i)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)

total = 0
for k in range(100):
    if k % 7:
        continue
    total += k
print(total)
for ch in "hello":
    if ch == "l":
        print("found l")
        break
    print(ch)
