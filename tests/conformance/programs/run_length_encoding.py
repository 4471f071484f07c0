# Run-length encoding and decoding, plus a simple compression report.
def encode(text):
    if not text:
        return []
    runs = []
    current, count = text[0], 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = ch, 1
    runs.append((current, count))
    return runs

def to_string(runs):
    return "".join([f"{n}{c}" if n > 1 else c for c, n in runs])

def decode(encoded):
    out = []
    num = ""
    for ch in encoded:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or "1"))
            num = ""
    return "".join(out)

samples = ["aaabccddddde", "abc", "", "zzzzzzzzzzzzzzz", "aabbaa", "Wéééé😀😀x", "1122"]
for s in samples:
    runs = encode(s)
    packed = to_string(runs)
    ok = "digits!" if any([c.isdigit() for c in s]) else decode(packed) == s
    ratio = len(packed) / len(s) if s else 0
    print(f"{s!r:<18} -> {packed!r:<14} runs={len(runs):<2} ratio={ratio:.2f} roundtrip={ok}")
print(encode("mississippi"))
longest = max(encode("abbcccddddcccbba"), key=lambda r: r[1])
print("longest run:", longest)
