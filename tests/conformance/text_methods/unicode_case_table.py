# Case mappings over whole blocks: every code point whose upper/lower/title/casefold differs.
def summarize(lo, hi):
    changed = 0
    multi = []
    for cp in range(lo, hi):
        c = chr(cp)
        u, l, t, f = c.upper(), c.lower(), c.title(), c.casefold()
        if u != c or l != c or t != c or f != c:
            changed += 1
            if len(u) > 1 or len(l) > 1 or len(t) > 1 or len(f) > 1:
                multi.append(hex(cp) + ":" + "|".join([u, l, t, f]))
    total = sum([ord(ch) for cp in range(lo, hi) for ch in chr(cp).upper() + chr(cp).lower() + chr(cp).title() + chr(cp).casefold()])
    print(hex(lo), hex(hi), changed, total)
    for m in multi:
        print("  ", m)
for lo, hi in [(0x80, 0x250), (0x250, 0x400), (0x400, 0x530), (0x530, 0x600), (0x10A0, 0x1100), (0x13A0, 0x1400),
               (0x1C80, 0x1CC0), (0x1E00, 0x2000), (0x2100, 0x2200), (0x2460, 0x2500), (0x2C00, 0x2D30), (0xA640, 0xA800),
               (0xAB70, 0xABC0), (0xFB00, 0xFB50), (0xFF00, 0xFF60), (0x10400, 0x10500), (0x10C80, 0x10D00), (0x16E40, 0x16EA0),
               (0x1E900, 0x1E960)]:
    summarize(lo, hi)
