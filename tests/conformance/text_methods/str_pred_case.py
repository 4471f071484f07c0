# isupper/islower/istitle on mixed and non-ASCII strings.
samples = ["ABC", "abc", "Abc", "ABC1", "abc1", "123", "", "Hello World", "Hello world", "HeLLo", "ǅ", "ǅa", "Ǆ", "ǆ",
           "ǅ Ǆ", "ß", "ẞ", "ª", "ʰ", "Ⓐ", "ⓐ", "Ⅻ", "ⅻ", "ΣΑΣ", "σας", "Σας", "İ", "ı", "ᾈ", "ᾀ", "ﬁ", "Ꭰ", "ꭰ",
           "A1b", "A1B", "They're", "THEY'RE", "Éclair", "éCLAIR", "𐐀", "𐐨", "A_B", "a_B", "ABC def", "Abc Def1 G"]
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle(), s.upper().isupper(), s.lower().islower())
