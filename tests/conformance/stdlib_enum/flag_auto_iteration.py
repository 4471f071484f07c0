from enum import Flag, IntFlag, auto

class Style(Flag):
    BOLD = auto()
    ITALIC = auto()
    UNDERLINE = auto()
    STRIKE = auto()

print([(s.name, s.value) for s in Style])
combo = Style.BOLD | Style.UNDERLINE | Style.STRIKE
print(combo, len(combo))
for s in combo:
    print(' part', s)
print([s.name for s in Style if s in combo])
print(combo & ~Style.BOLD)
print(Style(0) in combo, Style.ITALIC in combo)
none = Style(0)
print(repr(none), list(none), bool(none))
acc = Style(0)
for s in [Style.ITALIC, Style.BOLD]:
    acc |= s
print(acc, repr(acc))

class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print([b.value for b in Bits], Bits.A | Bits.C, list(Bits(7)))
