import re

pattern = re.compile(r"""
    (?P<year>\d{4})   # year
    -
    (?P<month>\d{2})  # month
    -
    (?P<day>\d{2})    # day
""", re.VERBOSE)
m = pattern.match("2024-03-15")
print(m.groupdict(), m.group("year"), pattern.groups, sorted(pattern.groupindex.items()))
print(re.match(r"(?x) a b c # comment", "abc").group(), re.match(r"(?x) a [ ] b", "a b").group(), re.match(r"(?x)a\ b", "a b").group())
print(re.compile("a").flags, re.compile("a", re.I).flags, re.compile("a", re.A).flags, re.compile("(?i)a").flags, re.compile("a", re.X | re.M).flags)
print(re.compile("a"), re.compile("a", re.I), re.compile(r"\d+", re.I | re.S | re.M), re.compile("x", re.A), re.compile("(?s)a"))
print(re.I, re.M, re.S, re.X, re.A, re.IGNORECASE | re.MULTILINE, re.NOFLAG)
print(re.compile("ab").pattern, re.compile("(a)(b)").groups, re.compile("a") == re.compile("a"), re.compile("a") == re.compile("b"))
print(re.search(r"^\w+$", "one\ntwo\nthree", re.M).group(), re.findall(r"^\w+$", "one\ntwo\nthree", re.M))
print(re.findall(r"(?m)^#.*$", "#a\nb\n#c"), re.findall(r"(?s)<.*?>", "<a\nb><c>"))
print(re.match(r"(?i:A)b", "ab").group(), re.match(r"(?i:A)b", "aB"), re.match(r"a(?-i:B)", "AB", re.I))
print(re.findall(r"\bcat\b", "cat concat cat's bobcat"), re.findall(r"\Bcat", "concat cat"))
print(re.match(r"[\w.-]+@[\w-]+\.\w+", "first.last@ex-ample.org").group())
print(re.findall(r"[a-c\d]", "a1d2c"), re.findall(r"[]a]", "]ab"), re.findall(r"[^]a]", "]ab"), re.findall(r"[a\-z]", "a-bz"))
print(re.findall(r"[\s\d]", "a 1\tb"), re.findall(r"[.*+]", "a.b*c+"), re.findall(r"[[]", "a[b"), re.findall(r"\[(\w)\]", "[x][y]"))
print(re.findall(r"a{2}", "aaaaa"), re.findall(r"a{2,}", "a aa aaa"), re.findall(r"a{,2}", "aaa"), re.findall(r"a{1,2}?", "aaa"), re.findall("a{x", "a{x"))
print(re.findall(r"\x41\u0042\101\0", "AB A\x00"), re.findall(r"\t\n", "\t\n"), re.findall("[\x00-\x1f]", "a\x01b\x02"))
print(re.match(r"(?P<a>x)(?P<b>y)?", "x").groupdict("none"), re.match(r"(?P<a>x)", "x").lastgroup)
print(re.compile(r"(?P<n>\d)").groupindex["n"], re.compile(r"a|b|c").match("c").span())
print(re.match(r"\A\d+\Z", "123").group(), re.match(r"\A\d+\Z", "123\n"), re.search(r"\d+$", "123\n").group())
