# ascii() and repr() of strings with every kind of character.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\n\r\t", "\x00\x01\x1f\x7f",
           "\x80\x9f\xa0\xad", "é", "日本", "😀", "\u200b\u2028\u2029", "\ud800", "\U0010ffff", "\ufeff",
           "\u0378", "\xa0", "\t'\"", "", "'", '"', "\\n", "\x1b[0m", "\u00ff\u0100", "\U0001f1fa\U0001f1f8"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), repr(repr(s)))
print(ascii(["é", 1, ("ü",)]), ascii({"k": "ß"}), ascii(b"\xff"), ascii(1.5), ascii(None))
print(repr(["é", "x"]), str(["é"]), repr(("\n",)), repr({"\t": "\x00"}))
class R:
    def __repr__(self):
        return "Rép\n"
print(ascii(R()), repr(R()), ascii([R()]))
