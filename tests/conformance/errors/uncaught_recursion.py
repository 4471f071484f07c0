# Unbounded recursion ends in RecursionError.
def countdown(n):
    if n % 200 == 0:
        print("depth", n)
    return countdown(n + 1) + 1
print(countdown(0))
