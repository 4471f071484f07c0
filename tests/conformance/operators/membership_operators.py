# in / not in for every built-in container and for user classes.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print(2 in (1, 2), "a" in {"a": 1}, 1 in {"a": 1}, 1 in {1, 2})
print("a" in {"a": 1}.keys(), 1 in {"a": 1}.values(), ("a", 1) in {"a": 1}.items())
print("lo w" in "hello world", "" in "", "x" in "")
print(5 in range(0, 10, 5), 6 in range(0, 10, 5), -1 in range(-5, 0))
print(1.0 in [1], True in [1], 0 in [False], None in [0, "", []])
print(b"ab" in b"cabd", 97 in b"abc")
print([1, 2] in [[1, 2], [3]], (1, 2) in [[1, 2]])
nan = float("nan")
print(nan in [nan], float("nan") in [float("nan")])
class Evens:
    def __contains__(self, item):
        print("checking", item)
        return item % 2 == 0
e = Evens()
print(4 in e, 5 in e, 5 not in e)
class Seq:
    def __iter__(self):
        return iter([10, 20, 30])
print(20 in Seq(), 25 in Seq())
