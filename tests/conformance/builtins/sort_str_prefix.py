# Sorting lists of str: ties on the first characters, prefixes, lengths around three
# characters, code point order across surrogate pairs and the BMP's top, stability and key=.
import itertools
import random

words = ["abc", "abcd", "ab", "a", "", "abcc", "abca", "abd", "abcab", "b", "ab\x00", "ab\x00\x00",
         "\uffff", "\U0001F600", "\ue000", "\ud7ff", "a\U0001F600", "a\uffff", "a\ue000x", "a\U00010000y",
         "\U0001F600a", "\U0001F600\U0001F601", "\U0001F601", "zzz", "zzzz", "zz", "zzz\x00"]
print(sorted(words) == sorted(words, key=lambda w: [ord(c) for c in w]))
print([[ord(c) for c in w] for w in sorted(words)])
print([[ord(c) for c in w] for w in sorted(words, reverse=True)])

rng = random.Random(7)
alphabet = ["a", "b", "\U0001F600", "\ufffd", "\x00", "ab"]
many = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 6))) for _ in range(3000)]
s = sorted(many)
print(s == sorted(many, key=lambda w: [ord(c) for c in w]), len(s), hash(tuple(s)) == hash(tuple(sorted(many, key=lambda w: [ord(c) for c in w]))))

# Stability: equal strings keep their order (distinct objects, told apart by position).
pairs = [("k%d" % (i % 5), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))

# Many copies of a few values (the generator benchmark's pattern).
chars = [c for i, c in zip(range(1000), itertools.cycle("abc")) if i % 5]
print(sorted(chars)[::97], sorted(chars).count("b"))
letters = list("the quick brown fox jumps over the lazy dog")
letters.sort()
print("".join(letters))
print(sorted(["abcx", "abcy", "abc", "abcx", "abcw", "ab", "abd"]))

# Separate str keys over many items (the keys move with their items), uneven lengths.
for size in (31, 33, 64, 65, 1000, 4097):
    idx = list(range(size))
    rng.shuffle(idx)
    by_key = sorted(idx, key=lambda i: many[i % len(many)])
    print(size, by_key == sorted(idx, key=lambda i: ([ord(c) for c in many[i % len(many)]])), by_key[:8])
    words2 = [many[i % len(many)] for i in idx]
    words2.sort(reverse=True)
    print(words2 == sorted(words2, key=lambda w: [ord(c) for c in w], reverse=True))
