# repr/ascii of str: quote choice and escapes of control, non-printable and wide characters.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "\t\n\r", "\x00\x07\x1b\x7f", "\x80\x9f\xa0\xad", "é ß 日本",
           "\u200b\u2028\u2029\ufeff", "\ud800", "\udfff", "😀", "\U000e0001", "\U0010ffff", "\u0378", "a\u0301", "\x1c\x1d\x1e\x1f"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), str([s]))
print(repr("".join([chr(c) for c in range(0, 0x30)])))
print(repr("".join([chr(c) for c in range(0x7e, 0xb0)])))
print(ascii("".join([chr(c) for c in range(0x7e, 0x110, 5)])))
print(f"{'é'!r} {'é'!a} {'x'!s}", "{!a}".format("日"), "%a" % "ß", str("\x00"), "\x00" == chr(0))
