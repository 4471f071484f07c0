# isidentifier on ASCII and Unicode names.
samples = ["abc", "_", "_abc1", "1abc", "", "a-b", "a b", "café", "ñandú", "名前", "Ωmega", "x²", "x₂", "ℕ", "℘", "℮",
           "a\u0301", "\u0301a", "·a", "a·", "ⅷ", "Ⅷx", "a\u200d", "a\u200c", "𝔘x", "🙂", "class", "None", "__init__",
           "a\u2118", "x\u30fb", "\u309b", "a\u1885", "_\u0660", "\u0660_", "\u00b7", "a\u00b7", "\u0387", "a\u0387", "$x"]
for s in samples:
    print(repr(s), s.isidentifier())
