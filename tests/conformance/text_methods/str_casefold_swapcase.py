# casefold and swapcase with non-ASCII characters.
samples = ["Hello World", "Straße", "ß", "ẞ", "ﬁ", "ΣΑΣ", "Σσς", "µ", "İ", "ı", "ǅ", "ǈ", "ﬀ", "ŉ", "Ω", "K",
           "Å", "ΐ", "ᾈ", "ᾀ", "ⅰⅱ", "Ⓐⓑ", "𐐀𐐨", "aBc123 ÀÉÎõü", "ß!", "ΑΣ", "ΑΣ Α", ""]
for s in samples:
    print(repr(s), repr(s.casefold()), repr(s.swapcase()), repr(s.swapcase().swapcase()))
print("Straße".casefold() == "STRASSE".casefold())
print("ΣΑΣ".swapcase(), "σας".swapcase(), "ΑΣ".swapcase(), "aΣ b".swapcase())
print([ord(c) for c in "ǅ".swapcase()], [ord(c) for c in "ﬃ".swapcase()])
for bad in [lambda: "a".casefold(1), lambda: "a".swapcase("x")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
