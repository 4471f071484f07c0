# Caesar and Vigenere ciphers with frequency-based cracking.
def shift_char(ch, k):
    if "a" <= ch <= "z":
        return chr((ord(ch) - 97 + k) % 26 + 97)
    if "A" <= ch <= "Z":
        return chr((ord(ch) - 65 + k) % 26 + 65)
    return ch

def caesar(text, k):
    return "".join([shift_char(c, k) for c in text])

def vigenere(text, key, sign=1):
    out = []
    i = 0
    for ch in text:
        if ch.isalpha() and ch.isascii():
            out.append(shift_char(ch, sign * (ord(key[i % len(key)].lower()) - 97)))
            i += 1
        else:
            out.append(ch)
    return "".join(out)

def crack(cipher):
    english = "etaoinshrdlu"
    best = None
    for k in range(26):
        candidate = caesar(cipher, -k)
        score = sum([len(english) - english.index(c) for c in candidate.lower() if c in english])
        if best is None or score > best[0]:
            best = (score, k, candidate)
    return best[1], best[2]

msg = "The Quick Brown Fox Jumps Over The Lazy Dog, 123 times!"
for k in [1, 3, 13, 25, -3, 52]:
    enc = caesar(msg, k)
    print(f"{k:>3}: {enc}")
    assert caesar(enc, -k) == msg
secret = caesar("meet me at the usual place at ten rather than eight o clock", 7)
print(secret)
print(crack(secret))
v = vigenere("Attack at dawn! Café", "LEMON")
print(v, "|", vigenere(v, "LEMON", -1))
print(caesar("Zebra-zoo", 1), caesar("abc", -1))
