# title() and capitalize() with apostrophes, digits, digraphs and special casings.
samples = ["hello world", "HELLO WORLD", "they're bill's friends", "hello2world", "a1b2 c3d4", "ǆemal ǉubljana",
           "ßtraße", "ﬁsh and ﬂowers", "ŉaki", "ΣΑΣ ΣΑΣ", "όσος", "istanbul İZMİR", "o'neil mc-donald",
           "  leading spaces", "x", "", "123", "ǅ", "ǳ", "ﬄ", "éCOLE", "ᾳ ᾼ", "mIxEd CaSe", "hello\tworld\nnew"]
for s in samples:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.istitle(), s.title().istitle())
print("ß".capitalize(), "ﬁ".capitalize(), "ǆ".capitalize(), "ǆǆ".capitalize(), "İİ".capitalize())
print([ord(c) for c in "İİ".capitalize()])
print("ΑΣ ΑΣ".capitalize(), "ΑΣ".title(), "ΑΣa".title())
try:
    "x".title(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".capitalize(None)
except TypeError as e:
    print(type(e).__name__, e)
