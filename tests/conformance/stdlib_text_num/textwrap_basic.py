import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.wrap("   "), textwrap.wrap("a b", 1))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is long", 10, break_long_words=False))
print(textwrap.wrap("a well-known hyphenated-word example here", 12))
print(textwrap.wrap("a well-known hyphenated-word example here", 12, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand  double  spaces", 15))
print(textwrap.wrap("keep   inner   spaces", 8, drop_whitespace=False))
print(textwrap.wrap("line one\nline two", 40), textwrap.wrap("line one\nline two", 40, replace_whitespace=False))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello world!", width=11), textwrap.shorten("Hello world", 11))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25), textwrap.shorten("x " * 30, 20, placeholder="..."))
print(textwrap.wrap(text, 20, max_lines=2), textwrap.wrap(text, 20, max_lines=2, placeholder=" ~"))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.dedent("  x\n\ty\n")), repr(textwrap.dedent("\n   \n  z\n")))
print(repr(textwrap.dedent("no indent\n  some\n")), repr(textwrap.dedent("    one line")))
code = '''
    def f():
        return 1
'''
print(textwrap.dedent(code))
print(repr(textwrap.indent("a\nb\n\nc", "> ")), repr(textwrap.indent("a\n  \nb", "+", lambda line: True)))
print(textwrap.indent(textwrap.fill("words " * 10, 20), "    "))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print("ValueError:", e)
print(textwrap.wrap("em--dash and--more words", 10), textwrap.wrap("Mr. Smith went. Then he left.", 12))
