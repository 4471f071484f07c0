# Seeded random str method calls against CPython on a mixed ASCII/Unicode alphabet (case mapping of
# ß/İ/ǅ/Σ, Unicode whitespace and line breaks, numeric predicates, slicing, encoding error handlers).
import random
random.seed(5)
alpha = "ab c\t\nXyZ-_.,ßİıǅΣσς1٣²½\u00a0\u2028\r"
def s(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ':' + str(e)
for i in range(500):
    t = "".join(random.choice(alpha) for _ in range(random.randint(0, 14)))
    u = "".join(random.choice(alpha) for _ in range(random.randint(0, 3)))
    a, b = random.randint(-16, 16), random.randint(-16, 16)
    c = random.choice([None, 1, 2, -1, -3, 3])
    print(s(lambda: t.split()), s(lambda: t.split(u, 2)), s(lambda: t.rsplit(u or None, 1)), s(lambda: t.splitlines(True)), s(lambda: t.strip(u)), s(lambda: t.lstrip()), s(lambda: t.replace(u, "<>", c if c and c > 0 else -1)))
    print(s(lambda: t.find(u, a, b)), s(lambda: t.rfind(u, a)), s(lambda: t.count(u, a, b)), s(lambda: t.partition(u)), s(lambda: t.rpartition(u)), s(lambda: t.startswith(u, a, b)), s(lambda: t.endswith((u, "c"), a)))
    print(s(lambda: t.upper()), s(lambda: t.lower()), s(lambda: t.casefold()), s(lambda: t.title()), s(lambda: t.capitalize()), s(lambda: t.swapcase()), s(lambda: t.isalpha()), s(lambda: t.isdigit()), s(lambda: t.isnumeric()), s(lambda: t.isdecimal()), s(lambda: t.isspace()), s(lambda: t.istitle()), s(lambda: t.isidentifier()), s(lambda: t.isprintable()))
    print(s(lambda: t.center(a + 16, "*")), s(lambda: t.zfill(b)), s(lambda: t.expandtabs(abs(a) % 9)), s(lambda: t[a:b:c]), s(lambda: t[::-1]), s(lambda: t.encode("utf-8", "replace")), s(lambda: t.encode("ascii", "backslashreplace")), s(lambda: t.encode("latin-1", "xmlcharrefreplace")))
    print(s(lambda: sorted(t)), s(lambda: t < u), s(lambda: str(t.split(u or None))), s(lambda: ascii(t)), s(lambda: "%-6s|%r" % (t, u)), s(lambda: f"{t!r:>20}"), s(lambda: t.join([u, u, "x"])), s(lambda: t.removeprefix(u)), s(lambda: t.index(u)))
