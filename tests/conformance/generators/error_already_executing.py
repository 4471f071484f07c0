# A generator cannot be resumed while it is running.

def numbers():
    n = 0
    while n < 3:
        yield n
        n += 1

print(list(numbers()))

def recursive():
    yield 1
    yield next(gen)

gen = recursive()
print(next(gen))
print(next(gen))
