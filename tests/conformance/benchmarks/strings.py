# benchmark-args: 5
# String building: concatenation, join, f-strings, slicing, str methods.
import sys


def build_lines(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}:{i * 7 % 13}:{'x' * (i % 5)}")
    return "\n".join(parts)


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def concat(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    return s


def checksum(s):
    h = 0
    for ch in s:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
text = build_lines(60000 * SCALE)
print(len(text), checksum(text))
fields = [line.split(":") for line in text.splitlines()]
print(len(fields), fields[12345])
msg = "The Quick Brown Fox Jumps Over The Lazy Dog. " * (4000 * SCALE)
enc = caesar(msg, 13)
print(enc[:46])
print(caesar(enc, 13) == msg)
c = concat(100000 * SCALE)
print(len(c), c[-12:], c.count("7"))
upper = msg.upper().replace("THE", "a").lower()
print(upper[:40], upper.find("fox"), len(upper.split()))
