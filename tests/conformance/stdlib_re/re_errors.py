import re


def check(label, f):
    try:
        print(label, repr(f()))
    except re.error as e:
        print(label, "re.error:", e, "|", e.msg, e.pos)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


for p in ["(a", "a)", "*a", "a**", "[a", r"\q", "(?P<1>a)", "(?P<a>x)(?P<a>y)", "(?P=zz)", r"(a)\2",
          "a{3,1}", "[z-a]", r"(a\1)", "a(?i)b", r"\x4", "(?<x>a)", "(?z)", r"\z", "(?", "(?P", "(?P<", "[]",
          "+", "a|*", "(?P<a", "((a)", r"\u12", r"[\q]", "a{1,2}{3}", "(?#unterminated", "x(?P<n>)(?P=n"]:
    check(repr(p), lambda: re.compile(p))
check("sub bad escape", lambda: re.sub("a", r"\q", "a"))
check("sub bad group", lambda: re.sub("a", r"\2", "a"))
check("sub unknown name", lambda: re.sub("(a)", r"\g<x>", "a"))
check("sub bad name", lambda: re.sub("(a)", r"\g<1x>", "a"))
check("sub missing <", lambda: re.sub("(a)", r"\g1", "a"))
check("sub callable int", lambda: re.sub("a", lambda m: 1, "xa"))
check("group 2", lambda: re.match("a", "a").group(2))
check("group name", lambda: re.match("a", "a").group("x"))
check("group neg", lambda: re.match("a", "a").group(-1))
check("search int", lambda: re.search("a", 5))
check("findall none", lambda: re.findall("a", None))
check("compiled flags", lambda: re.compile(re.compile("a"), re.I))
check("ok", lambda: re.compile("a").pattern)
try:
    re.compile("(abc")
except re.error as e:
    print(e.msg, e.pos, e.pattern, e.lineno, e.colno)
try:
    re.compile("a\n(b")
except re.error as e:
    print(str(e), e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__)
