class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


print(sorted([Box(2), Box(1)])[0].v)
print(Box(1) < Box(2))
print(Box(1) <= Box(2))
