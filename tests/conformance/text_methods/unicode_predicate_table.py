# Character predicates over whole blocks, summarized as counts and checksums per predicate.
preds = [("alpha", str.isalpha), ("alnum", str.isalnum), ("decimal", str.isdecimal), ("digit", str.isdigit),
         ("numeric", str.isnumeric), ("space", str.isspace), ("printable", str.isprintable), ("upper", str.isupper),
         ("lower", str.islower), ("title", str.istitle), ("ident", str.isidentifier)]
blocks = [(0, 0x100), (0x100, 0x800), (0x800, 0x1000), (0x1000, 0x2000), (0x2000, 0x3000), (0x3000, 0x4000), (0xA000, 0xB000),
          (0xF900, 0x10000), (0x10000, 0x10400), (0x1D400, 0x1D800), (0x1F100, 0x1F300), (0x20000, 0x20100), (0xE0000, 0xE0100)]
for lo, hi in blocks:
    parts = []
    for name, pred in preds:
        hits = [cp for cp in range(lo, hi) if pred(chr(cp))]
        parts.append(name + "=" + str(len(hits)) + "/" + str(sum(hits) % 100003))
    print(hex(lo), " ".join(parts))
print([chr(c) for c in range(0x2150, 0x2190) if chr(c).isnumeric() and not chr(c).isdigit()][:20])
print([hex(c) for c in range(0, 0x3100) if chr(c).isspace()])
