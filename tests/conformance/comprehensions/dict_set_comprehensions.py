# Dict and set comprehensions.
print({x: x * x for x in range(6)})
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({v: k for k, v in {"x": 1, "y": 2}.items()})
print({w: len(w) for w in ["pear", "fig", "banana"]})
print({x % 4 for x in range(20)})
print(sorted({w[0] for w in ["apple", "avocado", "banana", "cherry"]}))
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in range(1, 8)})
print({i: {j: i * j for j in range(3)} for i in range(3)})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts)
print({k: v for k, v in counts.items() if v > 1})
print({x for x in [1, 2, 2, 3, 3, 3]}, len({x for x in range(100)}))
squares = {x * x for x in range(-3, 4)}
print(squares, sorted(squares))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({str(k): k for k in range(3)})
print({k: None for k in "abc"})
