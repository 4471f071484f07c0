from enum import Enum, IntEnum

class Kind(Enum):
    USER = 'user'
    ADMIN = 'admin'

class Level(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3

records = [
    {'name': 'ann', 'kind': 'admin', 'level': 3},
    {'name': 'bob', 'kind': 'user', 'level': 1},
    {'name': 'cy', 'kind': 'user', 'level': 2},
]
parsed = [(r['name'], Kind(r['kind']), Level(r['level'])) for r in records]
for name, kind, level in parsed:
    print(f"{name:>4} {kind.name:<6} {level.name:<7} {level:d} {level}")
by_kind = {}
for name, kind, level in parsed:
    by_kind.setdefault(kind, []).append(name)
print(by_kind)
print(sum([level for _, _, level in parsed]))
print([name for name, _, level in parsed if level >= Level.MEDIUM])
print(sorted(parsed, key=lambda p: p[2])[0][0])
serialized = [{'name': n, 'kind': k.value, 'level': int(l)} for n, k, l in parsed]
print(serialized)
