# product, permutations, combinations, combinations_with_replacement: order, sizes, edge cases.
from itertools import product, permutations, combinations, combinations_with_replacement, islice
import math

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product()))
print(list(product(repeat=0)))
print(list(product([1, 2], [])))
print(list(product("ab", [1], (True, None))))
print(list(product("ab", "cd", repeat=2))[:6], len(list(product("ab", "cd", repeat=2))))
print(len(list(product(range(4), repeat=4))))

print(list(permutations("ABC")))
print(list(permutations("ABCD", 2)))
print(list(permutations(range(3), 0)))
print(list(permutations(range(3), 4)))
print(list(permutations([])))
print(list(permutations([1, 1, 2])))
print(list(permutations("abc", None)))
print(len(list(permutations(range(6)))), math.factorial(6))
print(list(islice(permutations(range(10)), 3)))

print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations("AB", 0)))
print(list(combinations("AB", 3)))
print(list(combinations([], 0)))
print(list(combinations(iterable="xyz", r=2)))
print(len(list(combinations(range(12), 5))), math.comb(12, 5))

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("a", 3)))
print(len(list(combinations_with_replacement(range(6), 4))))

total = 0
for p in permutations(range(7), 4):
    total = (total * 7 + p[0] * 1000 + p[1] * 100 + p[2] * 10 + p[3]) % 1000003
print("perm digest", total)
total = 0
for c in combinations(range(15), 6):
    total = (total * 31 + sum(c) * c[0] + c[-1]) % 1000003
print("comb digest", total)

def check(f, *args, **kw):
    try:
        print(list(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(product, 5)
check(product, [1], repeat=-1)
check(product, [1], repeat="a")
check(product, [1], x=2)
check(permutations, [1], -1)
check(permutations, [1], "a")
check(permutations, [1], 1.0)
check(permutations)
check(permutations, 5)
check(permutations, [1], 2, 3)
check(permutations, [1], x=3)
check(combinations, [1])
check(combinations, [1], -1)
check(combinations, [1], "a")
check(combinations, [1], 2, 3)
check(combinations, [1], x=3)
check(combinations_with_replacement, [1], -1)
check(combinations_with_replacement, [1])
check(combinations_with_replacement, 3, 1)
