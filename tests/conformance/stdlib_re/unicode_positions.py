import re

s = "a\U0001f600b\U0001f601c"
print([m.span() for m in re.finditer(r"\w", s)], [m.span() for m in re.finditer(".", s)])
print(re.findall(".", s) == list(s), len(re.findall(".", s)))
print(re.search("b", s).span(), re.search("\U0001f601", s).span(), re.sub(".", "-", s), re.sub("\U0001f600", "<>", s))
print(re.split("\U0001f600", s) == ["a", "b\U0001f601c"], re.split(r"[^a-z]", s))
m = re.search(r"(b)(.)", s)
print(m.span(1), m.span(2), m.group(2) == "\U0001f601", m.start(), m.end())
print(re.compile("c").search(s, 3).span(), re.compile("c").search(s, 5), re.compile("b").match(s, 2).span())
print(re.findall(r"\W", "x\U0001f600y") == ["\U0001f600"], re.findall(r"[^x]", "x\U0001f600") == ["\U0001f600"])
print(re.match(r"\U0001f600+", "\U0001f600\U0001f600!").end(), re.fullmatch(".{3}", "a\U0001f600b") is not None)
print(re.search("é", "caf\u00e9").span(), re.search("(?i)É", "café").group(), re.findall(r"\w+", "naïve café"))
print(re.findall(r"\d", "1\u0662\uff13"), re.findall(r"\d", "1\u0662\uff13", re.A))
print(re.sub(r"\s", "_", "a\u00a0b\u2003c\td"), re.sub(r"\s", "_", "a\u00a0b", flags=re.ASCII))
print(re.match(r"\w+", "日本語テキスト").group(), re.match(r"[ぁ-ん]+", "ひらがなカタカナ").group())
print(re.search(r"\bword\b", "a word here").span(), re.search(r"\b", "日本").span())
