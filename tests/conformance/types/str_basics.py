# Basic string operations.
s = "Hello, World"
print(s[0], s[-1], s[7:], s[:5], s[2:9:2])
print(len(s), s * 2, s + "!")
print("World" in s, "world" in s, "x" not in s)
print(s < "Help", "abc" < "abd", "a" < "B", "Z" < "a")
print("abc" == "abc", "abc" != "abd")
print(str(42), str(3.5), str([1, "a"]))
print('single', "double", """triple""", '''also''')
print("a" "b" "c")
print("line1\nline2")
print("tab\tsep")
print(r"raw\nstring")
print("unicode escape: \u00e9 \N{GREEK SMALL LETTER ALPHA}")
print("x".join(["1", "2", "3"]))
t = ""
for ch in "abc":
    t = ch + t
print(t)
print(len(""), "" == str())
print("abc"[5:10], "abc"[-10:2])
print(min("hello"), max("hello"))
print(sorted("banana"))
print(list("abc"), tuple("xy"))
long = "ab" * 10
print(long, long.count("ab"))
print(ord("A"), chr(97))
print("A" * 0, "A" * -1, repr("A" * 0))
print("multi\
line")
