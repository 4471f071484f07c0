def source():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("source finally")


try:
    for x in source():
        print("got", x)
        if x == 2:
            raise ValueError("stop at 2")
except ValueError as e:
    print("handler", e)


def guarded():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


try:
    for item in guarded():
        print(item)
        1 / 0
except ZeroDivisionError:
    print("division handled")
