# Sorting strs of up to four UTF-16 units (a packed-integer fast path in Pyrolyn): prefixes,
# empty strings, NUL characters, duplicates, stability under key= and reverse=, and lists that
# mix in a longer str or one above the BMP (the general path).
words = ["b", "a", "", "ab", "a\0", "abc", "abcd", "\0", "ba", "zz", "a", "", "\u00e9", "x"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(["c", "b", "a"] * 5))
letters = [chr(65 + (i * 7) % 26) for i in range(100)]
print("".join(sorted(letters)))
print("".join(sorted(letters, reverse=True)))
# Stability: equal keys keep their order, forwards and reversed.
pairs = [("k%d" % (i % 3), i) for i in range(12)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
items = ["dd", "c", "bbb", "a", "dd", "c"]
items.sort(key=lambda s: s[:1])
print(items)
# A str of five units, one above the surrogates and one astral: the general comparison.
print(sorted(["abcde", "abcd", "abc", "b"]))
print(sorted(["\ue000", "\ud7ff", "a", "\U0001f600", "z"]))
print(sorted(["\U0001f600", "\uffff", "\ue000"]))
print(sorted(["ka", "lo", "mi", "ka", "kalo", "lomi", "kal", "k"]))
