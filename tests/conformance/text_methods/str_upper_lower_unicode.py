# upper/lower with full Unicode case mappings (SpecialCasing).
samples = ["hello", "HELLO", "Straße", "ß", "ﬁ", "ﬂoß", "İstanbul", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ŉ", "ǰ", "ΐ",
           "ǅ", "ǈ", "Ǳ", "ǳ", "µ", "ÿ", "ı", "ſ", "ǉ", "ﬀ", "ﬃ", "ﬅ", "և", "ᾳ", "ᾼ", "ῼ", "ẞ", "K", "Å",
           "ΑΒΓ αβγ", "Привет Мир", "ǲ", "ꭰ", "Ꭰ", "ⓐⓑ", "ⒶⒷ", "Ⅻ", "ⅻ", "𐐀𐐨", "𞤀", "abc123!@#", ""]
for s in samples:
    u = s.upper()
    l = s.lower()
    print(repr(s), repr(u), len(u), repr(l), len(l))
print("ß".upper() == "SS", "ﬁ".upper() == "FI", "İ".lower() == "i\u0307")
print([ord(c) for c in "İ".lower()])
print("ΌΣΟΣ".lower(), "ΣΑΣ ΣΑΣ".lower(), "Σ".lower(), "AΣ".lower(), "AΣb".lower(), "AΣ.".lower())
print("ΑΣ'Σ".lower(), "Α.Σ".lower())
