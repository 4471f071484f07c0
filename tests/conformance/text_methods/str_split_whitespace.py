# split()/rsplit() without a separator: runs of Unicode whitespace, maxsplit.
samples = ["  a  b   c  ", "a\tb\nc\rd\x0be\x0cf", "a\x1cb\x1dc\x1ed\x1fe", "a\x85b\xa0c", "a\u2000b\u3000c\u2028d\u2029e",
           "one", "", "   ", "a b", "\u200bzero\u200bwidth", "x\u180ey", "lead  trail  "]
for s in samples:
    print(repr(s), s.split(), s.rsplit())
    for n in [0, 1, 2, -1]:
        print("  ", n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n), s.rsplit(sep=None, maxsplit=n))
try:
    "a b".split(None, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a b".split(maxsplit="1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a b".split(x=1)
except TypeError as e:
    print(type(e).__name__, e)
