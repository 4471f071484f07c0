# split()/rsplit() with an explicit separator and maxsplit.
samples = ["a,b,c", ",a,,b,", "", ",", ",,", "abc", "a::b::c", ":::", "a:b:", "😀,x,😀"]
for s in samples:
    for sep in [",", "::", ":", "😀"]:
        print(repr(s), repr(sep), s.split(sep), s.rsplit(sep), s.split(sep, 1), s.rsplit(sep, 1), s.split(sep, 0), s.rsplit(sep, -5))
print("a b  c".split(" "), "a b  c".rsplit(" ", 1), "aaa".split("a"), "aaaa".split("aa"), "aaaaa".rsplit("aa"))
print("1<>2<>3".split(sep="<>", maxsplit=1), "1<>2<>3".rsplit(maxsplit=1, sep="<>"))
for bad in [lambda: "a".split(""), lambda: "a".rsplit(""), lambda: "a".split(1), lambda: "a".split(b","),
            lambda: "a".rsplit(sep=3)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
