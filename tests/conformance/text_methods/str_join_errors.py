# join with various iterables and the TypeError messages for bad items.
print(",".join(["a", "b", "c"]), "".join(("x", "y")), "-".join("abc"), "+".join([]), "😀".join(["1", "2"]), "/".join(["only"]))
print(" ".join({"k1": 1, "k2": 2}), ":".join(sorted({"b", "a"})), "".join([s for s in "hello" if s != "l"]))
print(", ".join(map(str, [1, 2, 3])), "|".join(reversed(["a", "b"])), "-".join([x.upper() for x in ["p", "q"]]))
for bad in [lambda: ",".join(["a", 1]), lambda: ",".join([1, "a"]), lambda: ",".join(["a", None, "b"]), lambda: ",".join(5),
            lambda: ",".join(["a", b"b"]), lambda: ",".join(), lambda: ",".join(["a"], ["b"]), lambda: ",".join([["a"]]),
            lambda: ",".join(None), lambda: ",".join(["x", "y", 3.5])]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(b",".join([b"a", b"b"]), b"".join([bytearray(b"x"), b"y"]), bytearray(b"-").join([b"1", b"2"]), b"+".join([]))
for bad in [lambda: b",".join([b"a", "b"]), lambda: b",".join(["a"]), lambda: b",".join([1]), lambda: b",".join(3)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
