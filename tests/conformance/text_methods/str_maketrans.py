# str.maketrans with one, two and three arguments, and the errors.
t = str.maketrans("abc", "xyz")
print(sorted(t.items()), "aabbcc".translate(t))
t = str.maketrans("ab", "AB", "xyz")
print(sorted(t.items()), "abxyzc".translate(t))
t = str.maketrans({"a": "1", "b": None, 99: "3", "😀": "!"})
print(sorted(t.items()), "abc😀".translate(t))
t = str.maketrans("", "", "aeiou")
print(sorted(t.items()), "education".translate(t))
print(sorted(str.maketrans("é😀", "e!").items()), "".maketrans("a", "b"))
for bad in [lambda: str.maketrans("abc", "xy"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans([1, 2]),
            lambda: str.maketrans("a"), lambda: str.maketrans(1, "a"), lambda: str.maketrans("a", 1), lambda: str.maketrans("a", "b", 3),
            lambda: str.maketrans(), lambda: str.maketrans("a", "b", "c", "d"), lambda: str.maketrans({1.5: "a"})]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
