# Comprehensions calling functions and methods.
def square(x):
    return x * x
words = ["  Alpha", "beta  ", " Gamma ", "delta"]
print([w.strip().lower() for w in words])
print([square(n) for n in range(8) if square(n) % 2 == 1])
print({w.strip(): len(w.strip()) for w in words})
print([str(n).zfill(3) for n in [1, 22, 333]])
print([divmod(n, 4) for n in range(0, 20, 3)])
print([(i, s.upper()) for i, s in enumerate("abc") if i != 1])
print([x for x in map(square, range(5))])
print(sum([square(x) for x in range(101)]), max([len(w) for w in words]))
print(["".join(sorted(w.strip().lower())) for w in words])
print([[c for c in w if c in "aeiou"] for w in ["banana", "sky", "queue"]])
print(sorted([w.strip() for w in words], key=lambda s: s.lower()))
print({n: bin(n)[2:] for n in range(6)})
print([int(ch) for ch in str(2 ** 50)])
print(len([p for p in range(2, 500) if all([p % d != 0 for d in range(2, int(p ** 0.5) + 1)])]))
