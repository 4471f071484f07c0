# find/rfind/index/rindex/count/startswith/endswith with start and end.
s = "abracadabra"
for sub in ["a", "abra", "cad", "z", "", "ra", "abracadabra!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 7),
          s.count(sub, 2, 9), s.find(sub, -4), s.rfind(sub, -100, -2), s.find(sub, 20), s.count(sub, 5, 2),
          s.startswith(sub), s.endswith(sub), s.startswith(sub, 7), s.endswith(sub, 0, 4))
print(s.startswith(("x", "ab")), s.endswith(("ra", "zz")), s.startswith(()), "".startswith(""), "".endswith("", 1))
print("".find(""), "".count(""), "abc".count(""), "abc".find("", 3), "abc".find("", 4), "abc".rfind(""))
print(s.index("c"), s.rindex("a"), s.index("a", 1, 4), s.rindex("b", 0, 5))
for bad in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.index("a", 11), lambda: s.startswith(1),
            lambda: s.find(1), lambda: s.count(None), lambda: s.endswith(["ra"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print("a" in s, "cad" in s, "" in s, "zz" not in s, s.find("a", None, None), s.count("a", None))
