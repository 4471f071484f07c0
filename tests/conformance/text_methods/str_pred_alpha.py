# isalpha/isalnum on letters, marks and symbols from many scripts.
samples = ["abc", "ABC", "abc1", "", "é", "e\u0301", "ß", "Ωμέγα", "Привет", "日本語", "한국어", "ไทย", "עברית", "عربى",
           "ʰ", "ª", "º", "ˆ", "ǅ", "Ⅻ", "ⓐ", "🙂", "a b", "a_b", "x²", "ǃ", "ँ", "ि", "क", "क्", "𝔘𝔫𝔦", "𐐀",
           "\u00ad", "\u200d", "\u0345", "ᾳ", "々", "〆", "ー", "゙", "ﾞ"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isascii(), s.isidentifier(), len(s))
