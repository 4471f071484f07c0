from enum import Enum

class Level(Enum):
    LOW = 1
    HIGH = 'h'
    PAIR = (1, 2)

for m in Level:
    print(str(m), repr(m), format(m), f"{m}", f"[{m!r}]", f"{m!s}")
print(f"{Level.LOW:>12}|")
print(f"{Level.LOW:*^14}|")
print(format(Level.HIGH, '<10') + '|')
print('%s and %r' % (Level.LOW, Level.HIGH))
print('{} {!r} {:>9}'.format(Level.LOW, Level.HIGH, Level.PAIR))
print([Level.LOW, Level.HIGH])
print({Level.LOW: 1})
print((Level.PAIR,))
