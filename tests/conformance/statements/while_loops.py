# While loops: counters, conditions, nested loops.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps for 27:", steps)
a, b = 0, 1
fibs = []
while a < 200:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
x = 1000
digits = []
while x:
    x, d = divmod(x, 7)
    digits.append(d)
print("1000 in base 7:", "".join([str(d) for d in reversed(digits)]))
i = 0
while i < 3:
    j = 0
    while j < 3:
        if (i + j) % 2 == 0:
            print(i, j)
        j += 1
    i += 1
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and stack:
    depth += 1
    stack = stack[-1]
print("depth", depth, "leaf", stack)
guess, lo, hi = 0, 0, 1000
target = 737
tries = 0
while True:
    guess = (lo + hi) // 2
    tries += 1
    if guess == target:
        break
    if guess < target:
        lo = guess + 1
    else:
        hi = guess - 1
print("found", guess, "in", tries, "tries")
