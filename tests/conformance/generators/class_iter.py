# Generators in classes: __iter__ written as a generator, methods that yield.

class Range3:
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop
    def __iter__(self):
        i = self.start
        while i < self.stop:
            yield i
            i += 1
    def __reversed__(self):
        i = self.stop - 1
        while i >= self.start:
            yield i
            i -= 1

r = Range3(2, 6)
print(list(r), list(r))
print(list(reversed(r)))
print(sum(r), max(r), 4 in r, 9 in r)
print([x * y for x in r for y in Range3(0, 2)])
print(sorted(r, reverse=True))
it = iter(r)
print(type(it).__name__, next(it), next(it))

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t))
print(list(t.leaves()))
for depth, value in t.depth_first():
    print("  " * depth + str(value))

class Matrix:
    def __init__(self, rows):
        self.rows = rows
    def __iter__(self):
        for row in self.rows:
            yield list(row)
    def cells(self):
        for i, row in enumerate(self.rows):
            for j, v in enumerate(row):
                yield (i, j), v
    def column(self, j):
        return (row[j] for row in self.rows)
    @staticmethod
    def identity_rows(n):
        for i in range(n):
            yield [1 if j == i else 0 for j in range(n)]
    @classmethod
    def identity(cls, n):
        return cls(list(cls.identity_rows(n)))

m = Matrix([[1, 2], [3, 4]])
print(list(m))
print(dict(m.cells()))
print(list(m.column(1)))
print(list(Matrix.identity(3)))

# property returning a generator
class Words:
    def __init__(self, text):
        self.text = text
    @property
    def upper_words(self):
        return (w.upper() for w in self.text.split())

print(list(Words("a bb ccc").upper_words))

# iterator protocol on an inheriting class
class Evens(Range3):
    def __iter__(self):
        for x in super().__iter__():
            if x % 2 == 0:
                yield x

print(list(Evens(0, 10)))

# generator method using self state between yields
class Account:
    def __init__(self):
        self.balance = 0
    def transactions(self):
        while True:
            amount = yield self.balance
            if amount is None:
                return self.balance
            self.balance += amount

acct = Account()
tx = acct.transactions()
next(tx)
print(tx.send(100), tx.send(-30), acct.balance)
try:
    tx.send(None)
except StopIteration as e:
    print("final", e.value)

# methods' generator qualnames
print(t.leaves().__qualname__, Matrix.identity_rows(1).__qualname__)
print(type(t.leaves()).__name__)

# __iter__ generator with dunder methods used by builtins
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        yield from self.items
    def __len__(self):
        return len(self.items)

b = Bag(3, 1, 2)
print(list(b), len(b), sorted(b), tuple(b), set(b) == {1, 2, 3})
print(list(zip(b, Bag("x", "y"))))
print(list(enumerate(b)))
print(list(map(lambda v: v * 10, b)))
print(list(filter(lambda v: v > 1, b)))
a, c, d = b
print(a, c, d)
print(dict.fromkeys(b))
