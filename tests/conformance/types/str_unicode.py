# Strings indexed by code point, including non-BMP characters.
s = "héllo wörld"
print(s, len(s))
print(s[1], s[7], s[-1])
print(s[::-1])
print(s.upper())
e = "a😀b🎉c"
print(e, len(e))
print(e[1], e[2], e[3], e[4])
print(e[::-1])
print(e[1:4])
print([c for c in e])
print([ord(c) for c in e])
print(chr(128512), chr(233), chr(0x1F389))
print("ñ" * 3, len("ñ" * 3))
j = "日本語テキスト"
print(j, len(j), j[2], j[-2:])
print("é" == "\u00e9", "\U0001F600" == "😀")
print(repr("é😀"))
print(repr("tab\there"), repr("nl\nx"), repr("quote'"), repr('dq"'), repr("both'\""))
print(repr("\x00\x07\x7f"))
print(repr("back\\slash"))
mixed = "Zoë😀Ω"
for i, c in enumerate(mixed):
    print(i, c, ord(c))
print("😀" in e, "x" in e)
print(e.find("b"), e.index("🎉"))
print("".join(reversed(mixed)))
print("ß".upper(), "ǅ".lower(), "Straße".lower())
