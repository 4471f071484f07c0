def tracked(name):
    print(name, "start")
    try:
        while True:
            yield name
    except GeneratorExit:
        print(name, "got GeneratorExit")
    finally:
        print(name, "finally")


for value in tracked("t1"):
    print("value", value)
    break
print("loop 1 over")

count = 0
for value in tracked("t2"):
    count += 1
    if count == 3:
        break
print("count", count)


def never_started():
    try:
        yield 1
    finally:
        print("never printed for unstarted")


g = never_started()
g.close()
print("closed unstarted")
