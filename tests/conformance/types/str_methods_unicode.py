# Case mapping and character classes on non-ASCII text.
words = ["café", "naïve", "Ärger", "Ωmega", "straße"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print("ÉCOLE".casefold())
print("١٢٣".isdigit(), "١٢٣".isdecimal(), "²".isdigit(), "²".isdecimal())
print("é".isalpha(), "😀".isalpha(), "中".isalpha())
print("  ünïcode  ".strip() + "|")
print("ä,ö,ü".split(","))
print("-".join("😀😁😂"))
print("😀😁😂".replace("😁", "_"))
print("😀😁😂".find("😂"))
print("abc😀".center(9, "*"))
print("x😀".ljust(5, ".") + "|", "x😀".rjust(5, ".") + "|")
