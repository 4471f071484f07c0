def f():
    try:
        raise ValueError("v")
    except ValueError as e:
        print("handling", e)
    try:
        return e
    except UnboundLocalError as u:
        print("UnboundLocalError:", u)
        return None


print(f())


def g():
    e = 1
    try:
        raise TypeError("t")
    except TypeError as e:
        pass
    try:
        print(e)
    except UnboundLocalError as u:
        print("gone:", u)


g()


def h():
    result = []
    for i in range(3):
        try:
            if i == 1:
                raise IndexError(i)
        except IndexError as exc:
            result.append(exc.args[0])
    return result


print(h())
