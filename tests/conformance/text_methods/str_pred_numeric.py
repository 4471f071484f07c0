# isdigit/isdecimal/isnumeric on ASCII and non-ASCII samples.
samples = ["123", "0", "", "١٢٣", "۴۵۶", "߀߁", "०१२", "১২", "௧௨", "๑๒", "²³", "¹", "①②", "⑴", "⒈", "½", "⅓", "Ⅻ", "ⅻ", "〇",
           "一二三", "万", "兆", "零", "𝟘𝟙", "𐒠", "🄀", "🄁", "፩", "៤", "᠑", "12a", "1.5", "-1", " 1", "١2", "²1", "Ⅳ5",
           "\u0f33", "\u2189", "\U0001f10c", "\U00016b5b", "𑁒", "٠", "\uff11\uff12"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isalpha())
print([c.isdecimal() for c in "0٠۰߀०০੦૦୦௦౦೦൦෦๐໐༠၀႐០᠐᥆᧐᪀᪐᭐᮰᱀᱐꘠꣐꤀꧐꧰꩐꯰０"])
print([int(c) for c in "0٠۰߀०০੦૦୦௦౦೦൦෦๐໐༠၀႐០᠐᥆᧐᪀᪐᭐᮰᱀᱐꘠꣐꤀꧐꧰꩐꯰０"])
print([c for c in "٠١٢٣٤٥٦٧٨٩"], int("٣٤٥"), float("٣.٥"), int("１２"), int("𝟏𝟐"))
