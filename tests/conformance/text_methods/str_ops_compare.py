# str operators: *, +, in, comparisons across non-ASCII and astral characters, min/max/sorted.
words = ["apple", "Apple", "äpple", "zebra", "Zebra", "éclair", "eclair", "😀", "\uffff", "\U00010000", "", "a", "ab", "abc"]
print(sorted(words))
print(min(words), max(words), sorted(words, key=str.casefold)[:5], sorted(words, key=len)[:4])
print("\uffff" < "\U00010000", "\ud7ff" < "\ue000", "z" < "é", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "😀" * 2, "a" + "😀" + "b", len("😀" * 3))
print("😀" in "a😀b", "" in "", "é" in "e\u0301", "e\u0301" in "ée\u0301", "ab" not in "ba")
s = "h😀llo wörld"
print(s[1], s[-1], s[1:4], s[::-1], s[::2], len(s), s.index("ö"), list(s[:3]), s.upper(), s.encode("utf-8"))
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: 1 in "abc", lambda: "a" < 1, lambda: "abc"[10],
            lambda: "abc"["x"], lambda: "abc"[1.5]]:
    try:
        print(bad())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
