# Template in loops: many templates and mappings, safe vs strict, custom delimiters.
from string import Template
import string

templates = ["$a", "${a}b", "$a$b", "$$a", "x$", "$1", "${a", "${a}${b}", "$a_b", "$ab $a", "pre ${a} post $b."]
mapping = {"a": "A", "b": 2, "a_b": "AB", "ab": "[ab]"}
for text in templates:
    t = Template(text)
    try:
        strict = t.substitute(mapping)
    except (KeyError, ValueError) as e:
        strict = "%s: %s" % (type(e).__name__, e)
    print(repr(text), repr(strict), repr(t.safe_substitute({"a": "A"})))

class At(Template):
    delimiter = "@"

print(At("@user@@host ${x}").substitute(user="me", x="y"))

class Hash(Template):
    delimiter = "#"

print(Hash("#x #{y} ##").safe_substitute(x=1))
rows = [{"name": "n%d" % i, "qty": i * 3} for i in range(5)]
line = Template("$name: $qty units")
print([line.substitute(r) for r in rows])
print(string.capwords("the quick brown fox"), string.capwords("HELLO\tworld\nnew"), string.capwords("a.b.c", "."))
print(string.ascii_letters.index("Z"), string.hexdigits.upper(), len(string.printable))
