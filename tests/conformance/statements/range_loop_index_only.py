# Range loop variables used only as subscript indices (or never read) against the cases that
# must still see the boxed int: reads after the loop, in else clauses, nested loops reusing the
# name, closures, del, and subscripts on dicts and user types.


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    for i in range(2, limit + 1):
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
    return [i for i in range(limit + 1) if flags[i]]


print(sieve(60))


def unused(n):
    total = 0
    for _ in range(n):
        for _ in range(3):
            total += 1
    return total


print(unused(4))


def negative_step(xs):
    for j in range(-1, -11, -3):
        xs[j] = -xs[j]
    return xs


def positive_step(xs):
    for j in range(9, -1, -4):
        xs[j] += 100
    return xs


print(positive_step(negative_step(list(range(10)))))


def big_keys(d):
    for k in range(2**62, 2**62 + 3):
        d[k] = 1
    return d


def small_keys(d):
    for k in range(-2, 2):
        d[k] = "x"
    return d


print(small_keys(big_keys({})))


class Probe:
    def __getitem__(self, key):
        return (type(key).__name__, key)

    def __setitem__(self, key, value):
        print("set", type(key).__name__, key, value)

    def __delitem__(self, key):
        print("del", type(key).__name__, key)


def probe():
    p = Probe()
    out = []
    for j in range(3):
        out.append(p[j])
        p[j] = "v"
        del p[j]
    return out


print(probe())


def read_after():
    a = [0] * 5
    for j in range(5):
        a[j] = 1
    return j, a


print(read_after())


def read_in_else():
    a = [0] * 3
    for j in range(3):
        a[j] = 2
    else:
        a.append(j)
    return a


print(read_in_else())


def nested_reuse():
    a = [0] * 6
    for j in range(3):
        for j in range(3, 6):
            pass
        a[j] = 9
    return a


print(nested_reuse())


def closure():
    fs = []
    a = [0, 1, 2]
    for j in range(3):
        a[j] = 5
        fs.append(lambda: j)
    return a, [f() for f in fs]


print(closure())


def deleted():
    a = [1, 2, 3]
    for j in range(2):
        a[j] = 0
    del j
    try:
        return j
    except NameError as e:
        return ("NameError", a)


print(deleted())


def errors():
    a = [1, 2]
    try:
        for j in range(5):
            a[j] = 0
    except IndexError as e:
        print("IndexError", e, a)
    try:
        for j in range(5):
            a[j] += 1
    except IndexError as e:
        print("IndexError", e, a)
    t = (1, 2)
    try:
        for j in range(1):
            t[j] = 3
    except TypeError as e:
        print("TypeError", e)


errors()


def shadowed_by_def():
    a = {}
    for j in range(2):
        def j():
            return "f"
        a[j] = 1
    return [k() for k in a]


print(shadowed_by_def())


def augmented_strings():
    words = ["a", "b", "c"]
    for j in range(3):
        words[j] += "!"
        words[j] *= 2
    return words


print(augmented_strings())
