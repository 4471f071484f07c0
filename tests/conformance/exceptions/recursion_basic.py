import sys
# RecursionError at the recursion limit; the program goes on afterwards.
print(sys.getrecursionlimit())

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("RecursionError", str(e).startswith("maximum recursion depth exceeded"))
print(issubclass(RecursionError, RuntimeError))

def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)

print(count(900))

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")

depth = 0
def measure(n):
    global depth
    depth = n
    measure(n + 1)

try:
    measure(1)
except RecursionError:
    print("depth reached between 900 and 1000:", 900 < depth <= 1000)

for i in range(3):
    try:
        down(0)
    except RecursionError:
        print("again", i)

lam = lambda n: lam(n + 1)
try:
    lam(0)
except RecursionError:
    print("lambda recursion caught")

class Node:
    def __init__(self, child):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)

n = None
for i in range(500):
    n = Node(n)
print(n.depth())
