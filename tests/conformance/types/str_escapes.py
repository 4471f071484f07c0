# String escape sequences and their reprs.
samples = ["a\tb", "line\nbreak", "cr\r", "back\\slash", "quote\"d", "apos'", "both'\"",
           "\x41\x42", "\u00e9\u4e2d", "\U0001F40D", "\0", "\a\b\f\v", "\x7f\x80\x9f",
           "\u200b", "\ufeff", "é", "\N{SNOWMAN}"]
for s in samples:
    print(len(s), repr(s))
print("\101\102\103")
print("tab:\t|", "bell-free")
print(r"\d+\s*" + "|", len(r"\n"), len("\n"))
print("""triple "quoted" 'string'""")
print('''it's "fine"''')
print(repr('''multi
line'''))
print(repr(str(b"\x00\xff")))
print(ascii("é😀"), ascii("plain"))
print("a" "\n" "b")
