def lines():
    try:
        yield "alpha"
        yield "beta"
        yield "gamma"
    finally:
        print("lines closed")


def first_with(ch):
    for line in lines():
        if ch in line:
            return line
    return None


print(first_with("e"))
print("between")
print(first_with("z"))


class Walker:
    def items(self):
        try:
            yield 1
            yield 2
        finally:
            print("walker done")

    def first(self):
        for x in self.walk():
            return x

    def walk(self):
        try:
            yield "w1"
            yield "w2"
        finally:
            print("walk closed")


print(Walker().first())
