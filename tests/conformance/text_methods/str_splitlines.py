# splitlines() with every line boundary CPython recognizes, keepends.
s = "a\nb\rc\r\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True))
for t in ["", "\n", "\n\n", "a\n", "a\r\n\r\n", "\r\r\n", "x\x1f", "no newline", "a\n\rb", "trailing\r"]:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(False), t.splitlines(0), t.splitlines(1))
print("a\nb".split("\n"), "a\nb\n".split("\n"), "a\nb\n".splitlines())
try:
    "a".splitlines(True, False)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(ends=True)
except TypeError as e:
    print(type(e).__name__, e)
print(b"a\nb\rc\r\nd\x0be\x0cf\x1cg".splitlines(), b"x\r\ny\n".splitlines(True), bytearray(b"p\nq").splitlines())
