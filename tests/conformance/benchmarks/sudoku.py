# benchmark-args: 60
# A constraint solver: Sudoku by constraint propagation (eliminate, single-candidate assignment)
# and depth-first search (dicts of strings, sets, string building, recursion).
import sys

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
SQUARES = [r + c for r in ROWS for c in DIGITS]
UNITS = {}
PEERS = {}
_all_units = (
    [[r + c for c in DIGITS] for r in ROWS]
    + [[r + c for r in ROWS] for c in DIGITS]
    + [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")]
)
for s in SQUARES:
    UNITS[s] = [u for u in _all_units if s in u]
    peers = set()
    for u in UNITS[s]:
        peers.update(u)
    peers.discard(s)
    PEERS[s] = sorted(peers)


def assign(values, s, d):
    for other in values[s].replace(d, ""):
        if not eliminate(values, s, other):
            return False
    return True


def eliminate(values, s, d):
    if d not in values[s]:
        return True
    values[s] = values[s].replace(d, "")
    if len(values[s]) == 0:
        return False
    if len(values[s]) == 1:
        d2 = values[s]
        for p in PEERS[s]:
            if not eliminate(values, p, d2):
                return False
    for u in UNITS[s]:
        places = [sq for sq in u if d in values[sq]]
        if len(places) == 0:
            return False
        if len(places) == 1 and not assign(values, places[0], d):
            return False
    return True


def parse(grid):
    values = {s: DIGITS for s in SQUARES}
    for s, ch in zip(SQUARES, grid):
        if ch in DIGITS and not assign(values, s, ch):
            return None
    return values


def search(values, stats):
    if values is None:
        return None
    if all([len(values[s]) == 1 for s in SQUARES]):
        return values
    stats[0] += 1
    n, s = min([(len(values[s]), s) for s in SQUARES if len(values[s]) > 1])
    for d in values[s]:
        result = search(assign_copy(values, s, d), stats)
        if result is not None:
            return result
    return None


def assign_copy(values, s, d):
    copy = dict(values)
    return copy if assign(copy, s, d) else None


def shuffle_grid(grid, k):
    # A deterministic digit relabelling gives a different puzzle of the same difficulty.
    perm = DIGITS[k % 9:] + DIGITS[: k % 9]
    table = {DIGITS[i]: perm[i] for i in range(9)}
    return "".join([table.get(ch, ch) for ch in grid])


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]

rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 2
total_searches = 0
checksum = 0
for r in range(rounds):
    for i, p in enumerate(PUZZLES):
        stats = [0]
        solved = search(parse(shuffle_grid(p, r + i)), stats)
        total_searches += stats[0]
        line = "".join([solved[s] for s in SQUARES])
        checksum = (checksum * 31 + int(line[:9]) + int(line[-9:])) % 1000000007
        if r == 0:
            print(line[:27])
print("searches:", total_searches, "checksum:", checksum)
