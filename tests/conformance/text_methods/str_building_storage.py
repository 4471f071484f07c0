# str building and storage paths: `s += t` chains read midway, strs with surrogate pairs
# (non-BMP characters) built by +, join, repeat and split, join/split/splitlines edge cases.

# A `+=` chain read at several points (length, hash, indexing, dict key) keeps extending.
s = ""
seen = {}
for i in range(400):
    s += "ab"[i % 2] * (i % 3)
    if i % 97 == 0:
        seen[s] = len(s)
        print(i, len(s), s[-5:], hash(s) == hash(str(s)), s == "".join(list(s)))
t = s
s += "!"
print(len(t), len(s), t[-3:], s[-3:], t is not s, s.startswith(t))
print(sorted(seen.values()), s[:380] in seen or s[:len(max(seen, key=len))] in seen)

# Non-BMP characters count as one code point wherever the str came from.
emoji = "\U0001F600"
mixed = "a" + emoji + "b"
print(len(mixed), mixed[1] == emoji, mixed[2], mixed[::-1] == "b" + emoji + "a", ord(mixed[1]))
chain = ""
for k in range(300):
    chain += emoji if k % 50 == 0 else "x"
print(len(chain), chain[0] == emoji, chain[50] == emoji, chain[51], chain.count(emoji), chain.find(emoji, 1))
joined = "-".join([emoji, "y", emoji * 3])
print(len(joined), joined.split("-")[2] == emoji * 3, joined.index("y"), [len(p) for p in joined.split(emoji)])
rep = (emoji + "z") * 5
print(len(rep), rep[3], rep.rfind(emoji), hash(rep) == hash((emoji + "z") * 5))
lines = ("a" + emoji + "\nb\r\n\r" + emoji).splitlines()
print([len(x) for x in lines], lines[0][1] == emoji, ("x" + emoji + "\n").splitlines(True)[0][-1] == "\n")

# join: empty items, empty separator, one item, generator, tuple, long separator, errors.
print(repr(",".join(["", "", ""])), repr("".join(["", ""])), repr("::".join(("a",))), repr("".join([])))
print("<>".join(str(i) for i in range(5)), "".join(("x", "y", "z")), ", ".join(["only"]))
parts = ["p%d" % i for i in range(1000)]
big = "|".join(parts)
print(len(big), big[:12], big[-12:], big.count("|"))
for bad in (["a", 1], ["a", None, "b"], [b"x"]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)

# repeat: zero, negative, one, long patterns, bool counts.
print(repr("ab" * 0), repr("ab" * -3), "ab" * 1, "xyz" * 7, len("hello " * 1001), ("ab" * True), repr("ab" * False))
print(("ab" * 1000)[-4:], ("0123456789" * 333).count("9"), ("ab" * 1000) == "".join(["ab"] * 1000))

# split: the whole string when nothing splits, maxsplit bounds, adjacent and edge separators.
w = "no-separator-here"
print(w.split(":"), w.split(":")[0] is w, w.split()[0] is w, " pad ".split()[0] == "pad")
print("a::b::".split("::"), "::".split("::"), ":a:b:".split(":", 1), "a:b:c".split(":", 0), "a:b:c".split(":", -1))
print("a b  c\td\ne".split(None, 2), "  lead trail  ".split(), "".split(), "".split(":"), "x".split("x"))
print("ab".split("abc"), "abcabc".split("bc"), "aaa".split("aa"), "1,2,,3,".split(","))
print([x.split(":") for x in "00001:7:x\n00002:1:xx\n".splitlines()])
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)

# str() of ints gives equal strs whether or not they are cached.
print([str(i) for i in (0, 7, 9, 10, 255, 256, -1, 2 ** 70)], str(True), str(False), str(5) == "5")

# Long lists built by append keep their order and contents.
acc = []
for i in range(100000):
    acc.append(i * 3)
print(len(acc), acc[0], acc[12345], acc[-1], sum(acc[::1000]), acc[99990:])
