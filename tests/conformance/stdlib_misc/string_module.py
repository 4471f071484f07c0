# string: constants, capwords, Template substitute/safe_substitute and their errors.
import string
from string import Template

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits", "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    print(name, repr(getattr(string, name)), len(getattr(string, name)))
print(string.capwords("hello   wORLD  of python"))
print(string.capwords("  leading and trailing  "))
print(string.capwords("a-b-c d", "-"))
print(string.capwords("x,,y", ","))
print(repr(string.capwords("")))

t = Template("$who likes $what")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="tim"))
print(t.template)
print(Template("${noun}ification $$ ${x}y $x_1").substitute(noun="python", x="X", x_1=1))
print(Template("$$$a$$").substitute(a=5))
print(Template("cost: $$5 and ${price}").safe_substitute())
print(Template("$ alone, $1 digit, ${bad-name}").safe_substitute())
print(Template("no placeholders").substitute())
print(Template("$x$y").substitute(x=1, y=[2]))
print(Template("$ä $x").safe_substitute(x=1))
print(Template("$x").is_valid(), Template("$").is_valid(), Template("$a ${b} $a $$").get_identifiers())

class Percent(Template):
    delimiter = "%"

print(Percent("%name is %% done, %{n}x").substitute(name="job", n=3))

def check(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

check(Template("$x").substitute)
check(Template("$x $").substitute, x=1)
check(Template("a\n$x ${").substitute, x=1)
check(Template("line1\nline2 $5").substitute)
check(Template("${x").substitute, x=1)
check(Template("$x").substitute, {}, {})
check(string.capwords, 5)
check(Template("${missing}").substitute, other=1)
