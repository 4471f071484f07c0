def counter():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("counter finally")


g = counter()
for x in g:
    if x == 1:
        break
print("still alive:", next(g))
for x in g:
    if x == 4:
        break
print("resumed at", x)
g.close()
print("closed explicitly")

it = iter(counter())
print(next(it), next(it))
it.close()
