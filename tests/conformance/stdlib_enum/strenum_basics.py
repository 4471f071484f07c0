from enum import StrEnum, auto

class Color(StrEnum):
    RED = auto()
    GREEN = 'green'
    DARK_BLUE = auto()

print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.DARK_BLUE))
print(f"{Color.RED}", f"[{Color.GREEN:>8}]", f"{Color.RED!r}")
print(Color.RED == 'red', Color('green'), Color.DARK_BLUE.value)
print(isinstance(Color.RED, str), Color.RED.upper(), Color.GREEN.startswith('gr'))
print(Color.RED + '!', len(Color.GREEN), Color.GREEN[0], 'e' in Color.GREEN)
print('-'.join([c for c in Color]))
print(list(Color))
print({'red': 1}[Color.RED])
print(sorted(Color))
try:
    class Bad(StrEnum):
        X = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    Color('purple')
except ValueError as e:
    print(type(e).__name__, e)
