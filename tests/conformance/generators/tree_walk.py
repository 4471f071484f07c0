# Recursion with yield from: tree walks, traversal orders, backtracking.

class Node:
    def __init__(self, key, left=None, right=None):
        self.key = key
        self.left = left
        self.right = right

def insert(root, key):
    if root is None:
        return Node(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root

def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.key
        yield from inorder(n.right)

def preorder(n):
    if n:
        yield n.key
        yield from preorder(n.left)
        yield from preorder(n.right)

def postorder(n):
    if n:
        yield from postorder(n.left)
        yield from postorder(n.right)
        yield n.key

def levels(root):
    level = [root] if root else []
    while level:
        yield [n.key for n in level]
        level = [c for n in level for c in (n.left, n.right) if c]

def height(n):
    return 0 if n is None else 1 + max(height(n.left), height(n.right))

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)

print(list(inorder(root)))
print(list(preorder(root)))
print(list(postorder(root)))
print(list(levels(root)))
print(height(root))

def paths(n, prefix=()):
    if n is None:
        return
    prefix = prefix + (n.key,)
    if n.left is None and n.right is None:
        yield prefix
    yield from paths(n.left, prefix)
    yield from paths(n.right, prefix)

for p in paths(root):
    print(" -> ".join(map(str, p)))

# nested dict/list walk
data = {"a": [1, 2, {"b": 3, "c": [4, 5]}], "d": {"e": {"f": 6}}, "g": 7}

def walk(obj, path=""):
    if isinstance(obj, dict):
        for k in obj:
            yield from walk(obj[k], path + "/" + k)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from walk(v, path + "[%d]" % i)
    else:
        yield path, obj

for path, value in walk(data):
    print(path, value)

# file-system like tree with sizes and return values through yield from
tree = ("root", [("docs", [("a.txt", 10), ("b.txt", 20)]), ("src", [("main.py", 30), ("lib", [("x.py", 5)])]), ("empty", [])])

def listing(node, indent=0):
    name, content = node
    if isinstance(content, int):
        yield "  " * indent + "%s (%d)" % (name, content)
        return content
    yield "  " * indent + name + "/"
    total = 0
    for child in content:
        total += yield from listing(child, indent + 1)
    yield "  " * indent + "total %s: %d" % (name, total)
    return total

gen = listing(tree)
while True:
    try:
        print(next(gen))
    except StopIteration as e:
        print("grand total", e.value)
        break

# backtracking: N-queens via recursive generators
def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

print(next(queens(6)))
print(sum(1 for _ in queens(6)))
print(len(list(queens(7))))

# subsets and combinations
def subsets(items):
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
        yield [items[0]] + rest

print(sorted(sorted(s) for s in subsets([1, 2, 3])))

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))

# deep recursion through yield from (well below the limit)
def chain_down(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain_down(n - 1)

print(list(chain_down(100)))

# hanoi moves
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)

moves = list(hanoi(4))
print(len(moves), moves[:5])
