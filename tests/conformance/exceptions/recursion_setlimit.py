import sys
# A raised recursion limit allows deep recursion; a lowered one stops earlier.
sys.setrecursionlimit(30000)
print(sys.getrecursionlimit())

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(25000))

def unbounded(n):
    return unbounded(n + 1)

try:
    unbounded(0)
except RecursionError:
    print("RecursionError at 30000")

sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError:
    print("RecursionError at 200")
print(depth(100))

sys.setrecursionlimit(100000)
def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(60000))

try:
    unbounded(0)
except RecursionError:
    print("RecursionError at 100000")

class Chain:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 if self.nxt is None else 1 + self.nxt.length()

c = None
for i in range(20000):
    c = Chain(c)
print(c.length())

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
