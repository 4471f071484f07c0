from collections import Counter, defaultdict, OrderedDict

text = """it was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief"""
words = text.split()
counts = Counter(words)
print(counts.most_common(5))
print(len(counts), counts.total(), counts["it"], counts["missing"])
letters = Counter([c for c in text if c.isalpha()])
print(letters.most_common(3), sorted(letters)[:5])
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
print(sorted(by_len.items()))
first_seen = OrderedDict()
for w in words:
    first_seen.setdefault(w, len(first_seen))
print(list(first_seen.items())[:6])
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(3))
c1 = Counter(words[:10])
c2 = Counter(words[10:])
print((c1 & c2).most_common(), sorted((c1 - c2).elements()))
print(sorted((c1 | c2).items())[:4])
anagrams = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    anagrams["".join(sorted(w))].append(w)
print([group for group in anagrams.values() if len(group) > 1])
inventory = Counter(apple=3, pear=0, plum=-2)
print(+inventory, -inventory, inventory)
inventory.update(["apple", "kiwi"])
print(inventory, list(inventory.elements()))
print(Counter("mississippi") == Counter("ssiippmiiss"), Counter("abc") < Counter("aabbcc"))
