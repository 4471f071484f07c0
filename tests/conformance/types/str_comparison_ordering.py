# String comparison is by code point.
words = ["banana", "Apple", "apple", "_under", "Zebra", "éclair", "123", "", "a", "ab", "😀", "Ω"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, reverse=True))
print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("é" > "z", "Ω" > "é", "😀" > "Ω")
print(min(words), max(words))
print("apple" == "Apple", "apple".lower() == "Apple".lower())
print("10" < "9", 10 < 9, "abc" * 2 > "abc")
print([ord(c) for c in "aAzZ09 "])
print(sorted("Hello World"))
print(sorted(["b2", "a10", "a2", "b10"]))
