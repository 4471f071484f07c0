# PEP 479: StopIteration leaking out of a generator is a RuntimeError.

def first_items(iterables):
    for it in iterables:
        it = iter(it)
        yield next(it)

print(list(first_items([[1, 2], "ab", (3,)])))
for x in first_items([[1], [], [2]]):
    print("got", x)
print("not reached")
